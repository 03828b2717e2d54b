import { z } from "zod";
import { checkPostingText, MAX_POSTING_CHARACTERS } from "@/lib/analysis/posting-text";

export const TOO_LONG_MESSAGE = `That description is over ${MAX_POSTING_CHARACTERS.toLocaleString("en-US")} characters. Paste only the posting itself.`;

const PROBLEM_MESSAGES = {
  empty: "Paste a job description: the field is empty.",
  too_long: TOO_LONG_MESSAGE,
  binary: "That does not look like text. Paste the job description as plain text.",
  no_text: "There is no text in that paste once its HTML tags are removed. Paste the job description itself.",
} as const;

const optionalLine = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

export const NewPostingSchema = z.object({
  description: z.string().superRefine((value, context) => {
    const problem = checkPostingText(value);
    if (problem) context.addIssue({ code: "custom", message: PROBLEM_MESSAGES[problem] });
  }),
  title: optionalLine(200, "Title"),
  company: optionalLine(200, "Company"),
});

export type NewPostingInput = z.infer<typeof NewPostingSchema>;
