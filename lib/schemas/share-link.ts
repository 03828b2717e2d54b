import { z } from "zod";
import { RecordIdSchema } from "@/lib/schemas/record-id";

export const SHARE_EXPIRY_OPTIONS = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "never", label: "never" },
] as const;

export const NewShareLinkSchema = z.object({
  postingId: RecordIdSchema,
  label: z
    .string()
    .trim()
    .max(80, "A label is at most 80 characters.")
    .transform((value) => (value ? value : null)),
  expiresInDays: z.enum(["7", "30", "never"], { error: "Pick when the link expires." }).transform((value) => (value === "never" ? null : Number(value))),
});

export type NewShareLinkInput = z.infer<typeof NewShareLinkSchema>;
