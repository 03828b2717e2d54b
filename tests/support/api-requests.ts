/** Small helpers to call route handlers the way Next does: a Request and a params promise. */
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const BASE = "http://localhost/api/v1";

export function call(handler: unknown, init: { method?: string; path?: string; token?: string | null; json?: unknown; body?: string; contentType?: string; params?: Record<string, string> } = {}) {
  const headers = new Headers();
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  let body: string | undefined = init.body;
  if (init.json !== undefined) body = JSON.stringify(init.json);
  if (body !== undefined) headers.set("content-type", init.contentType ?? "application/json");
  const request = new Request(`${BASE}${init.path ?? "/"}`, { method: init.method ?? "GET", headers, body });
  return (handler as RouteHandler)(request, { params: Promise.resolve(init.params ?? {}) });
}
