import { z } from "zod";

/**
 * The parts of a JSON Resume (jsonresume.org schema v1) that Fitgap reads: `skills` and `work`.
 * Everything else in the file is allowed and ignored. Dates are ISO 8601 (yyyy, yyyy-mm or yyyy-mm-dd).
 */
const ResumeDateSchema = z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use a date like 2020, 2020-05 or 2020-05-01.");
const shortText = z.string().max(2000);

export const JsonResumeSkillSchema = z.object({
  name: z.string().trim().max(200).default(""),
  level: z.union([z.string().trim().max(80), z.number()]).optional(),
  keywords: z.array(z.string().trim().max(200)).max(100).default([]),
});

export const JsonResumeWorkSchema = z.object({
  name: shortText.optional(),
  position: shortText.optional(),
  startDate: ResumeDateSchema.optional().or(z.literal("")),
  endDate: ResumeDateSchema.optional().or(z.literal("")),
  summary: z.string().max(20_000).optional(),
  highlights: z.array(shortText).max(100).default([]),
});

export const JsonResumeLanguageSchema = z.object({
  language: z.string().trim().max(80).default(""),
  fluency: z.string().trim().max(80).optional(),
});

export const JsonResumeSchema = z.looseObject({
  skills: z.array(JsonResumeSkillSchema).max(300).default([]),
  work: z.array(JsonResumeWorkSchema).max(200).default([]),
  languages: z.array(JsonResumeLanguageSchema).max(50).default([]),
});

export type JsonResume = z.output<typeof JsonResumeSchema>;

/** What the export writes: a JSON Resume `skills` section. */
export const JsonResumeSkillsSchema = z.object({
  skills: z.array(z.object({ name: z.string(), level: z.string(), keywords: z.array(z.string()) })),
});

export type JsonResumeSkills = z.infer<typeof JsonResumeSkillsSchema>;
