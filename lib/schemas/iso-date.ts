import { z } from "zod";

/** Whether yyyy-mm-dd names a day that exists (no 2026-02-31, no 2026-13-45). */
export function isRealIsoDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date as yyyy-mm-dd, the one date format of forms, files and the analysis core. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-24.")
  .refine(isRealIsoDate, "That date does not exist: use a real day like 2026-11-24.");
