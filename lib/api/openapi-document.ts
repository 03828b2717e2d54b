import { z } from "zod";
import { ProfileFileSchema } from "@/lib/analysis/profile-file";
import {
  AnalyzeRequestSchema,
  AnalyzeResponseSchema,
  ApiErrorSchema,
  DeletedResponseSchema,
  GapReportViewSchema,
  NewPostingRequestSchema,
  PostingDetailSchema,
  PostingListSchema,
  PostingReportSchema,
  PostingSummarySchema,
  ProfileFileRequestSchema,
  ProfileImportResponseSchema,
  StudyNextQuerySchema,
  StudyNextResponseSchema,
  TrackListSchema,
  TrackProgressRequestSchema,
  TrackProgressResponseSchema,
} from "@/lib/schemas/api";
import { JsonResumeSkillsSchema } from "@/lib/schemas/json-resume";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate with
 * (zod 4's JSON Schema output, draft 2020-12, which is OpenAPI 3.1's schema dialect). Only the
 * list of operations below is written by hand; every schema comes from lib/schemas.
 */

type Method = "get" | "post" | "put" | "delete";
type JsonObject = Record<string, unknown>;

interface OperationSpec {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Request body schema id (a key of REQUEST_SCHEMAS). */
  body?: keyof typeof REQUEST_SCHEMAS;
  query?: z.ZodObject;
  /** Success status and the response schema id (a key of RESPONSE_SCHEMAS), or a media type for non-JSON. */
  success: { status: number; description: string; schema?: keyof typeof RESPONSE_SCHEMAS; mediaType?: string };
  /** Error statuses beyond 401 and 429, which every authenticated operation can return. */
  errors: number[];
  public?: boolean;
}

const REQUEST_SCHEMAS = {
  AnalyzeRequest: AnalyzeRequestSchema,
  NewPosting: NewPostingRequestSchema,
  TrackProgress: TrackProgressRequestSchema,
  ProfileFileInput: ProfileFileRequestSchema,
};

const RESPONSE_SCHEMAS = {
  Error: ApiErrorSchema,
  AnalyzeResponse: AnalyzeResponseSchema,
  PostingSummary: PostingSummarySchema,
  PostingList: PostingListSchema,
  PostingDetail: PostingDetailSchema,
  GapReport: GapReportViewSchema,
  PostingReport: PostingReportSchema,
  StudyNext: StudyNextResponseSchema,
  TrackList: TrackListSchema,
  TrackProgressResult: TrackProgressResponseSchema,
  Deleted: DeletedResponseSchema,
  ProfileFile: ProfileFileSchema,
  ProfileImportResult: ProfileImportResponseSchema,
  JsonResumeSkills: JsonResumeSkillsSchema,
};

const BODY_ERRORS = [400, 413, 415];

export const API_OPERATIONS: OperationSpec[] = [
  { method: "post", path: "/analyze", operationId: "analyzePosting", summary: "Extract a posting's requirements and, with a profile file, score it. Stateless: nothing is stored.", tag: "Analysis", body: "AnalyzeRequest", success: { status: 200, description: "Requirements, and the gap report when a profile was sent.", schema: "AnalyzeResponse" }, errors: BODY_ERRORS },
  { method: "get", path: "/postings", operationId: "listPostings", summary: "Your saved postings, newest first.", tag: "Postings", success: { status: 200, description: "The postings.", schema: "PostingList" }, errors: [] },
  { method: "post", path: "/postings", operationId: "addPosting", summary: "Save a posting (its requirements are extracted and stored).", tag: "Postings", body: "NewPosting", success: { status: 201, description: "The saved posting.", schema: "PostingDetail" }, errors: BODY_ERRORS },
  { method: "get", path: "/postings/{id}", operationId: "getPosting", summary: "One of your postings with its requirements.", tag: "Postings", success: { status: 200, description: "The posting.", schema: "PostingDetail" }, errors: [404] },
  { method: "delete", path: "/postings/{id}", operationId: "deletePosting", summary: "Delete one of your postings.", tag: "Postings", success: { status: 200, description: "Deleted.", schema: "Deleted" }, errors: [404] },
  { method: "get", path: "/postings/{id}/report", operationId: "getGapReport", summary: "The gap report of a posting against your profile, with what to study.", tag: "Postings", success: { status: 200, description: "The report.", schema: "PostingReport" }, errors: [404] },
  { method: "get", path: "/profile", operationId: "getProfile", summary: "Your skills and study tracks in the profile file format (also the CLI's --profile file).", tag: "Profile", success: { status: 200, description: "The profile file.", schema: "ProfileFile" }, errors: [] },
  { method: "put", path: "/profile", operationId: "replaceProfile", summary: "Replace your skills and study tracks with a profile file's, in one transaction.", tag: "Profile", body: "ProfileFileInput", success: { status: 200, description: "How many skills and tracks were stored.", schema: "ProfileImportResult" }, errors: BODY_ERRORS },
  { method: "get", path: "/profile/json-resume", operationId: "exportJsonResumeSkills", summary: "Your skills as a JSON Resume `skills` section.", tag: "Profile", success: { status: 200, description: "JSON Resume skills.", schema: "JsonResumeSkills" }, errors: [] },
  { method: "get", path: "/tracks", operationId: "listTracks", summary: "Your study tracks with their ids and progress.", tag: "Study", success: { status: 200, description: "The tracks.", schema: "TrackList" }, errors: [] },
  { method: "post", path: "/tracks/{id}/progress", operationId: "updateTrackProgress", summary: "Record how many units of a study track are done.", tag: "Study", body: "TrackProgress", success: { status: 200, description: "The recorded progress.", schema: "TrackProgressResult" }, errors: [...BODY_ERRORS, 404] },
  { method: "get", path: "/study-next", operationId: "whatToStudyNext", summary: "Across your postings: the skills whose improvement raises must-have coverage most.", tag: "Study", query: StudyNextQuerySchema, success: { status: 200, description: "Ranked skills.", schema: "StudyNext" }, errors: [400] },
  { method: "get", path: "/plans/{id}/ics", operationId: "getPrepPlanCalendar", summary: "A prep plan as an iCalendar file.", tag: "Study", success: { status: 200, description: "The calendar.", mediaType: "text/calendar" }, errors: [404] },
  { method: "get", path: "/openapi.json", operationId: "getOpenApiDocument", summary: "This document.", tag: "Meta", success: { status: 200, description: "The OpenAPI 3.1 document." }, errors: [], public: true },
];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body or query is invalid (the message says which field and why).",
  401: "The API token is missing, wrong or revoked.",
  404: "No such record among yours (another user's record is not found too).",
  413: "The body is over 1 MB.",
  415: "The body is not JSON.",
  429: "Too many requests; see Retry-After.",
};

function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const result: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(converted)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    result[id] = rest;
  }
  return result;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function queryParameters(query: z.ZodObject): JsonObject[] {
  const schema = z.toJSONSchema(query, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property }));
}

function operationObject(spec: OperationSpec): JsonObject {
  const parameters: JsonObject[] = [];
  for (const match of spec.path.matchAll(/\{(\w+)\}/g)) parameters.push({ name: match[1], in: "path", required: true, schema: { type: "string" } });
  if (spec.query) parameters.push(...queryParameters(spec.query));
  const responses: Record<string, JsonObject> = {
    [spec.success.status]: {
      description: spec.success.description,
      content: { [spec.success.mediaType ?? "application/json"]: { schema: spec.success.schema ? ref(spec.success.schema) : spec.success.mediaType ? { type: "string" } : { type: "object" } } },
    },
  };
  const errors = spec.public ? spec.errors : [401, ...spec.errors, 429];
  for (const status of [...new Set(errors)].sort()) {
    responses[status] = { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: ref("Error") } } };
  }
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(spec.body) } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(options: { serverUrl?: string } = {}): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const spec of API_OPERATIONS) (paths[spec.path] ??= {})[spec.method] = operationObject(spec);
  return {
    openapi: "3.1.0",
    info: {
      title: "Fitgap API",
      version: "1.0.0",
      description: "Analyze job postings against your skill profile. Authenticate with a personal API token from /settings: `Authorization: Bearer <token>`. Every error is `{ \"error\": { \"code\", \"message\" } }`.",
    },
    servers: [{ url: options.serverUrl ?? "/api/v1" }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (fgp_...)." } },
      schemas: { ...componentSchemas(REQUEST_SCHEMAS, "input"), ...componentSchemas(RESPONSE_SCHEMAS, "output") },
    },
  };
}
