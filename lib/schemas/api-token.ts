import { z } from "zod";

export const NewApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "Names are at most 80 characters.")
    .optional()
    .transform((value) => value || "API token"),
});
