import { z } from "zod";

/** A calendar date as yyyy-mm-dd, the one date format of forms, files and the analysis core. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-24.");
