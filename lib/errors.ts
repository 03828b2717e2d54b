import { ZodError } from "zod";

/**
 * The one error type the app raises on purpose. Its message is safe to show to a person;
 * anything else that is thrown is logged and shown as a generic failure.
 */
export type AppErrorCode = "invalid_input" | "unauthenticated" | "not_found" | "conflict" | "rate_limited" | "unavailable";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  /**
   * Next bundles server code per layer (pages, actions, route handlers), so one process can hold
   * several copies of this class, and an object kept on globalThis (the rate limiter) throws the
   * copy of whichever layer created it: a throttled sign-up showed the generic failure. Any copy's
   * error is ours.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (!(value instanceof Error) || value.name !== "AppError") return false;
    const code: unknown = (value as Error & { code?: unknown }).code;
    return typeof code === "string" && Object.hasOwn(HTTP_STATUS, code);
  }
}

export const GENERIC_FAILURE = "Something went wrong on our side. Nothing was saved; please try again.";

/** The message a person may see for any thrown value: ours verbatim, anything else generic. */
export function publicMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  // A schema's parse() failing on a hand-made request: our own schema messages, nothing stored.
  if (error instanceof ZodError) return `That request was not valid: ${(error.issues[0]?.message ?? "check the fields").replace(/\.$/, "")}. Nothing was saved.`;
  console.error(error);
  return GENERIC_FAILURE;
}
