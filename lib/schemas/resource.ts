import { z } from "zod";
import { RESOURCE_KINDS } from "@/lib/analysis/types";
import { formNumber } from "@/lib/schemas/form-number";
import { OptionalHttpUrlSchema } from "@/lib/schemas/http-url";

export const ResourceSchema = z.object({
  title: z.string().trim().min(1, "Give the resource a title.").max(200),
  url: OptionalHttpUrlSchema,
  kind: z.enum(RESOURCE_KINDS, { error: "Pick a kind." }),
  hours: formNumber(z.number({ error: "Hours must be a number." }).min(0.1, "At least 0.1 hours.").max(1000)),
  provider: z.string().trim().max(120).optional().transform((value) => (value ? value : null)),
  skills: z.array(z.string().trim().min(1).max(80)).min(1, "Name at least one skill it teaches.").max(20),
  level: formNumber(z.number({ error: "Level must be a whole number from 1 to 10." }).int("Level must be a whole number from 1 to 10.").min(1).max(10), 6),
});

export type ResourceInput = z.infer<typeof ResourceSchema>;
