import { z } from "zod";
import { IsoDateSchema } from "@/lib/schemas/iso-date";

export const PrepPlanRequestSchema = z.object({
  postingId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => (value ? value : null)),
  days: z.coerce.number({ error: "Days must be a number." }).int("Days must be a whole number.").min(1, "At least 1 day.").max(60, "At most 60 days.").default(7),
  hoursPerDay: z.coerce.number({ error: "Hours must be a number." }).min(0.5, "At least half an hour a day.").max(16, "At most 16 hours a day.").default(4),
  startDate: IsoDateSchema,
});

export const SessionToggleSchema = z.object({
  planId: z.string().min(1).max(64),
  sessionKey: z.string().min(1).max(64),
  done: z.enum(["true", "false"]).transform((value) => value === "true"),
});
