import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { ToolFailure, type FitgapBackend } from "./fitgap-backend";

export const MCP_SERVER_INFO = { name: "fitgap", version: "1.0.0" };

const GENERIC_FAILURE = "Fitgap could not do that right now; nothing was changed.";

const IdSchema = z.string().trim().min(1).max(64);

/** Runs a tool and answers with its JSON, or with an MCP tool error (isError) carrying a safe message. */
async function answer(work: () => Promise<unknown>, describeUnexpected: (error: unknown) => void): Promise<CallToolResult> {
  try {
    const result = await work();
    return { content: [{ type: "text", text: JSON.stringify(result, null, 2) }] };
  } catch (error) {
    if (!(error instanceof ToolFailure)) describeUnexpected(error);
    return { isError: true, content: [{ type: "text", text: error instanceof ToolFailure ? error.message : GENERIC_FAILURE }] };
  }
}

/** The Fitgap tools over one backend; the caller connects the server to a transport. */
export function createFitgapMcpServer(backend: FitgapBackend, options: { logError?: (error: unknown) => void } = {}): McpServer {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const server = new McpServer(MCP_SERVER_INFO);

  server.registerTool(
    "analyze_job",
    {
      title: "Analyze a job posting",
      description:
        "Extracts a job posting's requirements (must-have vs preferred, years, skills). With use_profile (default true), also scores it against the person's Fitgap profile: fit 0-100, each requirement met/partial/gap with why, and what to study. Nothing is saved.",
      inputSchema: {
        text: z.string().min(1).max(50_000).describe("The posting as plain text."),
        use_profile: z.boolean().default(true).describe("Score against the person's profile."),
      },
      annotations: { readOnlyHint: true },
    },
    ({ text, use_profile }) => answer(() => backend.analyzeJob(text, use_profile), logError),
  );

  server.registerTool(
    "list_postings",
    { title: "List saved postings", description: "The person's saved job postings, newest first (ids for get_gap_report).", annotations: { readOnlyHint: true } },
    () => answer(() => backend.listPostings(), logError),
  );

  server.registerTool(
    "get_gap_report",
    {
      title: "Gap report of a saved posting",
      description: "The gap report of one saved posting against the person's current profile and study progress.",
      inputSchema: { posting_id: IdSchema.describe("A posting id from list_postings.") },
      annotations: { readOnlyHint: true },
    },
    ({ posting_id }) => answer(() => backend.getGapReport(posting_id), logError),
  );

  server.registerTool(
    "what_to_study_next",
    {
      title: "What to study next",
      description: "Across all saved postings: the skills whose improvement raises must-have coverage the most.",
      inputSchema: { limit: z.number().int().min(1).max(50).default(8).describe("How many skills.") },
      annotations: { readOnlyHint: true },
    },
    ({ limit }) => answer(() => backend.whatToStudyNext(limit), logError),
  );

  server.registerTool(
    "list_tracks",
    { title: "List study tracks", description: "The person's study tracks (courses, books ...) with their ids and progress, for update_track_progress.", annotations: { readOnlyHint: true } },
    () => answer(() => backend.listTracks(), logError),
  );

  server.registerTool(
    "update_track_progress",
    {
      title: "Record study progress",
      description: "Sets how many units (lectures, chapters ...) of one of the person's study tracks are done. Track ids come from list_tracks.",
      inputSchema: {
        track_id: IdSchema,
        units_done: z.number().int().min(0).max(10_000),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-24.")
          .optional()
          .describe("When; defaults to today."),
      },
    },
    ({ track_id, units_done, date }) => answer(() => backend.updateTrackProgress(track_id, units_done, date), logError),
  );

  server.registerTool(
    "add_posting",
    {
      title: "Save a job posting",
      description: "Saves a job posting to the person's Fitgap (its requirements are extracted) and returns it with its id.",
      inputSchema: {
        description: z.string().min(1).max(50_000).describe("The posting as plain text."),
        title: z.string().max(200).optional(),
        company: z.string().max(200).optional(),
      },
    },
    ({ description, title, company }) => answer(() => backend.addPosting({ description, title, company }), logError),
  );

  return server;
}
