import "server-only";
import type { z } from "zod";
import { readCappedBody } from "@/lib/server/read-capped-body";
import { ApiError } from "./api-error";

/** Larger than any profile file or posting (50,000 characters) the app accepts. */
export const MAX_BODY_BYTES = 1_000_000;

/** Reads at most `limit` bytes of the body, whatever Content-Length claims. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  return readCappedBody(request.body, limit, () => tooLarge(limit));
}

function tooLarge(limit: number): ApiError {
  return new ApiError("payload_too_large", `The request body is over ${Math.round(limit / 1000)} KB.`);
}

/** The first few zod issues as one readable line: "profile.skills.0.level: Levels run from 0 to 10." */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** A JSON body checked by `schema`: 415 unless JSON, 413 when too large, 400 when invalid. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, limit = MAX_BODY_BYTES): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON, with Content-Type: application/json.");
  }
  const text = await readLimited(request, limit);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_input", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError("invalid_input", describeIssues(parsed.error));
  return parsed.data;
}

/** Query parameters checked by `schema` (400 when invalid). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new ApiError("invalid_input", describeIssues(parsed.error));
  return parsed.data;
}
