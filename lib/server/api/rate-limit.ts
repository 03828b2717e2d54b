import "server-only";
import { ApiError } from "./api-error";

/**
 * A fixed-window request limit per user, in process memory. Enough for one app process; several
 * processes behind a balancer would each count on their own (a shared store would be needed).
 */
const WINDOW_MS = 60_000;
const DEFAULT_PER_MINUTE = 120;
const windows = new Map<string, { start: number; count: number }>();

function limitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

export function checkRateLimit(key: string, now = Date.now()): void {
  const window = windows.get(key);
  if (!window || now - window.start >= WINDOW_MS) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 10_000) pruneWindows(now);
    return;
  }
  window.count += 1;
  if (window.count > limitPerMinute()) {
    const retryAfter = Math.ceil((window.start + WINDOW_MS - now) / 1000);
    throw new ApiError("rate_limited", `Too many requests: at most ${limitPerMinute()} a minute. Try again in ${retryAfter} s.`, { "retry-after": String(retryAfter) });
  }
}

function pruneWindows(now: number): void {
  for (const [key, window] of windows) if (now - window.start >= WINDOW_MS) windows.delete(key);
}
