import type { AnalyzeResponse, GapReportView, PostingDetailView, PostingSummaryView, StudyNextResponse, TrackList } from "@/lib/schemas/api";

/**
 * What the MCP tools need from Fitgap, for one person. Two implementations: in the app process
 * (the /api/mcp route, lib/server/services/mcp-backend.ts) and over the REST API (the stdio server,
 * lib/mcp/rest-backend.ts). Errors are thrown as ToolFailure with a message safe to show.
 */
export interface FitgapBackend {
  analyzeJob(text: string, withProfile: boolean): Promise<AnalyzeResponse>;
  listPostings(): Promise<{ postings: PostingSummaryView[] }>;
  addPosting(input: { description: string; title?: string; company?: string }): Promise<PostingDetailView>;
  getGapReport(postingId: string): Promise<{ postingId: string; report: GapReportView }>;
  whatToStudyNext(limit: number): Promise<StudyNextResponse>;
  listTracks(): Promise<TrackList>;
  updateTrackProgress(trackId: string, unitsDone: number, date?: string): Promise<{ trackId: string; unitsDone: number; date: string }>;
}

/** A failure whose message may be shown to the assistant (never a stack trace). */
export class ToolFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ToolFailure";
  }
}
