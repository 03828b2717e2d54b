import "server-only";

/** Today's date (UTC) as yyyy-mm-dd: the analysis core takes time as an argument, this is where it comes from. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
