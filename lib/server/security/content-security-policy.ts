/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next adds
 * it to its own scripts when it finds the policy on the request), no inline event handlers, no
 * plugins, no framing. Styles keep 'unsafe-inline' for style attributes (bar widths, charts).
 */
export function contentSecurityPolicy(nonce: string, { development, https }: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";
