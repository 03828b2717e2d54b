import "server-only";
import { consumeRequest } from "@/lib/server/rate-limit";
import { ApiError } from "./api-error";

/**
 * The API's request limit per user (REST and MCP): API_RATE_LIMIT_PER_MINUTE (default 120) in a
 * one-minute window, counted in PostgreSQL by rate-limiter-flexible like the sign-in throttles, so
 * it holds across every app instance on the same database.
 */
const DEFAULT_PER_MINUTE = 120;

function limitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

export async function checkRateLimit(userId: string): Promise<void> {
  const perMinute = limitPerMinute();
  const retryAfter = await consumeRequest(userId, perMinute);
  if (retryAfter !== null) {
    throw new ApiError("rate_limited", `Too many requests: at most ${perMinute} a minute. Try again in ${retryAfter} s.`, { "retry-after": String(retryAfter) });
  }
}
