import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fitgap", template: "%s · Fitgap" },
  description: "Paste a job description and see an honest, explained gap report against your skills and studies.",
};

/** Rendered per request: the CSP nonce proxy.ts puts on the request must reach Next's scripts. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
