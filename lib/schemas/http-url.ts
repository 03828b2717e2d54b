import { z } from "zod";

/** An http(s) link or nothing ("" and null mean none): javascript:, data: and the like are refused. */
export const OptionalHttpUrlSchema = z
  .union([z.url({ protocol: /^https?$/, error: "Use an http(s) link." }).max(2000, "Links are at most 2,000 characters."), z.literal("")])
  .nullable()
  .optional()
  .transform((value) => (value ? value : null));
