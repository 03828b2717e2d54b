import { z } from "zod";

/** The shape of a row id (cuid): anything else (NUL bytes, slashes, 5 KB strings) is "not found" before any query. */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const RecordIdSchema = z.string({ error: "Missing id." }).regex(RECORD_ID, "That record does not exist or is not yours.");
