import http from "node:http";
import type { AddressInfo } from "node:net";
import * as analyzeRoute from "@/app/api/v1/analyze/route";
import * as postingsRoute from "@/app/api/v1/postings/route";
import * as postingRoute from "@/app/api/v1/postings/[id]/route";
import * as reportRoute from "@/app/api/v1/postings/[id]/report/route";
import * as profileRoute from "@/app/api/v1/profile/route";
import * as tracksRoute from "@/app/api/v1/tracks/route";
import * as progressRoute from "@/app/api/v1/tracks/[id]/progress/route";
import * as studyNextRoute from "@/app/api/v1/study-next/route";
import * as mcpRoute from "@/app/api/mcp/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The app's real route handlers behind a tiny router: a running Fitgap for clients under test, without a Next build. */
const ROUTES: [RegExp, Record<string, unknown>][] = [
  [/^\/api\/v1\/analyze$/, analyzeRoute],
  [/^\/api\/v1\/postings$/, postingsRoute],
  [/^\/api\/v1\/postings\/(?<id>[^/]+)$/, postingRoute],
  [/^\/api\/v1\/postings\/(?<id>[^/]+)\/report$/, reportRoute],
  [/^\/api\/v1\/profile$/, profileRoute],
  [/^\/api\/v1\/tracks$/, tracksRoute],
  [/^\/api\/v1\/tracks\/(?<id>[^/]+)\/progress$/, progressRoute],
  [/^\/api\/v1\/study-next$/, studyNextRoute],
  [/^\/api\/mcp$/, mcpRoute],
];

export async function dispatch(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  for (const [pattern, module] of ROUTES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const handler = module[request.method] as Handler | undefined;
    if (!handler) return new Response(null, { status: 405 });
    return handler(request, { params: Promise.resolve({ ...(match.groups ?? {}) }) });
  }
  return Response.json({ error: { code: "not_found", message: "No such route." } }, { status: 404 });
}

export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://localhost${incoming.url}`, { method: incoming.method, headers, body: incoming.method === "GET" || incoming.method === "HEAD" ? undefined : body });
    const response = await dispatch(request);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
