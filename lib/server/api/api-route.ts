import "server-only";
import { getSessionUser } from "@/lib/server/auth";
import { findUserByApiToken } from "@/lib/server/data/api-tokens";
import { ApiError, toErrorResponse } from "./api-error";
import { checkRateLimit } from "./rate-limit";
import { RECORD_ID } from "@/lib/schemas/record-id";

export interface ApiUser {
  id: string;
  email: string;
}

export interface ApiRouteOptions {
  /** Also accept the browser session on GET (the profile page's export link). Never for writes. */
  allowSessionOnGet?: boolean;
}

/**
 * The API user: a Bearer token when the request carries one (a wrong or revoked one is a 401,
 * never a fall back to cookies), else, where allowed, the signed-in session.
 */
export async function authenticateApiRequest(request: Request, options: ApiRouteOptions = {}): Promise<ApiUser> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const user = match ? await findUserByApiToken(match[1]) : null;
    if (!user) throw new ApiError("unauthenticated", "The API token is missing, wrong or revoked.", CHALLENGE);
    return user;
  }
  if (options.allowSessionOnGet && request.method === "GET") {
    const user = await getSessionUser();
    if (user) return user;
  }
  throw new ApiError("unauthenticated", "Send an API token: Authorization: Bearer <token> (create one on /settings).", CHALLENGE);
}

const CHALLENGE = { "www-authenticate": "Bearer" };

type Handler<P> = (input: { request: Request; user: ApiUser; params: P }) => Promise<unknown>;

/** A handler's answer: a Response as it is, anything else as JSON (200); private data is never cached. */
function toResponse(value: unknown): Response {
  const response = value instanceof Response ? value : Response.json(value);
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
  return response;
}

/** Ids in the path have a row id's shape; anything else (a NUL byte, 5 KB) is "not found" before any query. */
function checkPathIds(params: Record<string, string>): void {
  for (const value of Object.values(params)) {
    if (typeof value === "string" && !RECORD_ID.test(value)) throw new ApiError("not_found", "That record does not exist or is not yours.");
  }
}

/**
 * The one frame of every /api/v1 route: authenticate, rate-limit, run, and map every failure to
 * `{ "error": { "code", "message" } }` with its status. Handlers stay a few lines long.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>, options: ApiRouteOptions = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await authenticateApiRequest(request, options);
      await checkRateLimit(user.id);
      const params = await context.params;
      checkPathIds(params ?? {});
      return toResponse(await handler({ request, user, params }));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** 201 with the created resource. */
export function created(body: unknown): Response {
  return Response.json(body, { status: 201 });
}
