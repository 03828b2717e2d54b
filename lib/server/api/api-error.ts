import { AppError } from "@/lib/errors";

/** The codes of the REST API's one error shape, `{ "error": { "code", "message" } }`. */
export type ApiErrorCode =
  | "invalid_input"
  | "unauthenticated"
  | "not_found"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "conflict"
  | "unavailable"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** An error raised by the API layer itself (body too large, wrong media type ...). */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function apiErrorResponse(code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status: STATUS[code], headers });
}

/** Ours (ApiError, AppError) with their message; anything else logged and answered generically. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return apiErrorResponse(error.code, error.message, error.headers);
  if (error instanceof AppError) return apiErrorResponse(error.code, error.message);
  console.error(error);
  return apiErrorResponse("internal", "Something went wrong on our side. Nothing was saved; please try again.");
}
