import "server-only";
import { ToolFailure, type FitgapBackend } from "@/lib/mcp/fitgap-backend";
import { AppError } from "@/lib/errors";
import { AnalyzeRequestSchema, NewPostingRequestSchema, TrackProgressRequestSchema } from "@/lib/schemas/api";
import { ApiError } from "@/lib/server/api/api-error";
import { describeIssues } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import * as api from "@/lib/server/services/fitgap-api";
import type { z } from "zod";

/** Validates with the same schemas as the REST API; a rejection is a tool failure naming the field. */
function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ToolFailure(describeIssues(parsed.error));
  return parsed.data;
}

/** Our errors carry safe messages: they become tool failures; anything else stays unexpected. */
async function safely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError || error instanceof ApiError) throw new ToolFailure(error.message);
    throw error;
  }
}

/** The MCP tools' backend inside the app process, for the user the Bearer token belongs to. */
export function createInProcessBackend(userId: string): FitgapBackend {
  return {
    analyzeJob: (text, withProfile) =>
      safely(async () => {
        const profile = withProfile ? await api.getProfileFile(userId) : undefined;
        return api.analyzeText(userId, parse(AnalyzeRequestSchema, { text, profile }), todayIso());
      }),
    listPostings: () => safely(() => api.listPostingViews(userId)),
    addPosting: (input) => safely(() => api.addPosting(userId, parse(NewPostingRequestSchema, input))),
    getGapReport: (postingId) => safely(() => api.getPostingReportView(userId, postingId, todayIso())),
    whatToStudyNext: (limit) => safely(() => api.getStudyNext(userId, todayIso(), limit)),
    listTracks: () => safely(() => api.listTrackViews(userId)),
    updateTrackProgress: (trackId, unitsDone, date) =>
      safely(async () => {
        const progress = parse(TrackProgressRequestSchema, { unitsDone, date });
        return api.updateTrackProgress(userId, trackId, progress.unitsDone, progress.date ?? todayIso());
      }),
  };
}
