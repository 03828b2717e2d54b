import { z } from "zod";
import { ProfileFileSchema } from "@/lib/analysis/profile-file";
import { IsoDateSchema } from "@/lib/schemas/iso-date";
import { NewPostingSchema } from "@/lib/schemas/posting";
import { TrackProgressSchema } from "@/lib/schemas/track";

/**
 * The REST API's request and response shapes. Requests reuse the forms' schemas; responses are
 * described here so the OpenAPI document (lib/api/openapi-document.ts) is generated, not written.
 */

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(["invalid_input", "unauthenticated", "not_found", "payload_too_large", "unsupported_media_type", "rate_limited", "conflict", "unavailable", "internal"]),
      message: z.string(),
    }),
  });

export const AnalyzeRequestSchema = z
  .object({
    text: NewPostingSchema.shape.description.describe("The job posting as plain text."),
    profile: ProfileFileSchema.optional().describe("A profile file (the CLI's --profile JSON). With it, the response has a gap report."),
  });

export const NewPostingRequestSchema = NewPostingSchema;

/** POST /tracks/{id}/progress: the form's schema without the id (it is in the path); date defaults to today. */
export const TrackProgressRequestSchema = TrackProgressSchema.omit({ trackId: true, date: true })
  .extend({ date: IsoDateSchema.optional().describe("When the units were done; defaults to today (UTC).") });

export const ProfileFileRequestSchema = ProfileFileSchema;

export const StudyNextQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(8) });

const SourceSchema = z
  .enum(["extractor", "llm"])
  .describe('"llm": suggested by the optional LLM assist (grounded in the posting text), not found by the deterministic extractor.');

const SkillRefSchema = z.object({ id: z.string(), name: z.string(), source: SourceSchema });

export const LlmAssistSchema = z
  .enum(["off", "used", "unavailable"])
  .describe('The optional LLM-assisted extraction: "off" (not configured), "used" (its grounded suggestions are merged and marked), "unavailable" (it failed, so only the deterministic extraction is used).');

export const RequirementViewSchema = z.object({
  index: z.number().int(),
  text: z.string(),
  section: z.string().nullable(),
  kind: z.enum(["must", "preferred"]),
  minYears: z.number().nullable(),
  skills: z.array(SkillRefSchema),
  source: SourceSchema,
});

export const PostingSummarySchema = z
  .object({ id: z.string(), title: z.string().nullable(), company: z.string().nullable(), createdAt: z.string() });

export const PostingListSchema = z.object({ postings: z.array(PostingSummarySchema) });

export const PostingDetailSchema = PostingSummarySchema.extend({
  description: z.string(),
  overallMinYears: z.number().nullable(),
  requirements: z.array(RequirementViewSchema),
  llmAssist: LlmAssistSchema,
});

export const GapReportViewSchema = z
  .object({
    fit: z.number().describe("0-100: what you can claim today."),
    fitProjected: z.number().describe("0-100: with every study track completed."),
    requirements: z.array(
      z.object({
        index: z.number().int(),
        text: z.string(),
        kind: z.enum(["must", "preferred"]),
        coverage: z.number().min(0).max(1),
        status: z.enum(["met", "partial", "gap"]),
        why: z.string(),
        source: SourceSchema,
      }),
    ),
    recommendations: z.array(z.object({ skill: z.string(), title: z.string(), url: z.string().nullable(), hours: z.number() })),
  });

export const PostingReportSchema = z.object({ postingId: z.string(), report: GapReportViewSchema });

export const AnalyzeResponseSchema = z
  .object({
    title: z.string().nullable(),
    company: z.string().nullable(),
    overallMinYears: z.number().nullable(),
    requirements: z.array(RequirementViewSchema),
    report: GapReportViewSchema.nullable().describe("Present when a profile was sent."),
    llmAssist: LlmAssistSchema,
  });

export const StudyNextResponseSchema = z
  .object({
    items: z.array(
      z.object({
        skillId: z.string(),
        name: z.string(),
        gain: z.number().describe("Must-have coverage points gained, summed over your postings."),
        claimedLevel: z.number(),
        studyingLevel: z.number(),
        studyingIn: z.array(z.string()),
        postings: z.array(z.object({ id: z.string(), title: z.string().nullable(), gain: z.number() })),
      }),
    ),
  });

export const TrackListSchema = z.object({
  tracks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unit: z.string(),
      unitsDone: z.number().int(),
      unitsTotal: z.number().int(),
      skills: z.array(z.string()),
    }),
  ),
});

export const TrackProgressResponseSchema = z.object({ trackId: z.string(), unitsDone: z.number().int(), date: z.string() });
export const DeletedResponseSchema = z.object({ deleted: z.literal(true) });
export const ProfileImportResponseSchema = z.object({ skills: z.number().int(), tracks: z.number().int() });

export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;
export type PostingSummaryView = z.infer<typeof PostingSummarySchema>;
export type PostingDetailView = z.infer<typeof PostingDetailSchema>;
export type GapReportView = z.infer<typeof GapReportViewSchema>;
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;
export type StudyNextResponse = z.infer<typeof StudyNextResponseSchema>;
export type TrackList = z.infer<typeof TrackListSchema>;
