import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest } from "@/lib/server/security/action-request-guard";
import { contentSecurityPolicy, HSTS } from "@/lib/server/security/content-security-policy";

/**
 * Runs before every page and route: a fresh CSP nonce per request (Next reads it from the
 * request's policy header and puts it on its scripts), HSTS when served over https, and a 4xx
 * for hand-made server-action bodies that Next itself would answer with a 500.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const rejection = await checkActionRequest(request.headers, () => request.clone().text());
    if (rejection) return NextResponse.json({ error: rejection.error }, { status: rejection.status });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
