import { AppNav } from "@/components/layout/app-nav";
import { requireUserOrRedirect } from "@/lib/server/auth";

/** The signed-in area: every page below checks the session here, and again in its own data calls. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserOrRedirect();
  return (
    <>
      <AppNav email={user.email} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none print:max-w-none print:p-0">{children}</main>
    </>
  );
}
