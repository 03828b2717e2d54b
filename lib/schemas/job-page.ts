import { z } from "zod";

export const JobPageUrlSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the job page's address.")
    .max(2000, "That address is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Use an http(s) link, like https://jobs.example.com/123." })),
});
