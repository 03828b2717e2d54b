import { z } from "zod";
import { formNumber } from "@/lib/schemas/form-number";
import { IsoDateSchema } from "@/lib/schemas/iso-date";
import { RECORD_ID, RecordIdSchema } from "@/lib/schemas/record-id";

export const PrepPlanRequestSchema = z.object({
  postingId: z
    .union([z.literal(""), z.string().regex(RECORD_ID, "That posting does not exist or is not yours.")])
    .optional()
    .transform((value) => (value ? value : null)),
  days: formNumber(z.number({ error: "Days must be a number." }).int("Days must be a whole number.").min(1, "At least 1 day.").max(60, "At most 60 days."), 7),
  hoursPerDay: formNumber(z.number({ error: "Hours must be a number." }).min(0.5, "At least half an hour a day.").max(16, "At most 16 hours a day."), 4),
  startDate: IsoDateSchema,
});

export const SessionToggleSchema = z.object({
  planId: RecordIdSchema,
  sessionKey: z.string().min(1).max(64).regex(/^[^\u0000-\u001f]+$/, "That session does not exist."),
  done: z.enum(["true", "false"]).transform((value) => value === "true"),
});
