import { z } from "zod";
import { RESOURCE_KINDS } from "@/lib/analysis/types";

export const ResourceSchema = z.object({
  title: z.string().trim().min(1, "Give the resource a title.").max(200),
  url: z
    .union([z.url({ protocol: /^https?$/, error: "Use an http(s) link." }), z.literal("")])
    .optional()
    .transform((value) => (value ? value : null)),
  kind: z.enum(RESOURCE_KINDS, { error: "Pick a kind." }),
  hours: z.coerce.number({ error: "Hours must be a number." }).min(0.1, "At least 0.1 hours.").max(1000),
  provider: z.string().trim().max(120).optional().transform((value) => (value ? value : null)),
  skills: z.array(z.string().trim().min(1).max(80)).min(1, "Name at least one skill it teaches.").max(20),
  level: z.coerce.number().int().min(1).max(10).default(6),
});

export type ResourceInput = z.infer<typeof ResourceSchema>;
