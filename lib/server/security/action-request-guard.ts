/**
 * Server actions are plain POSTs that anyone can hand-craft. Next answers a body it cannot decode
 * (over its 1 MB limit, not JSON, an unknown encoding) with a 500; this check answers them first
 * with a clear 4xx and the action never runs. Browsers check sizes before sending (see
 * lib/schemas/limits.ts), so a person never meets these.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

export interface ActionRejection {
  status: number;
  error: string;
}

export async function checkActionRequest(headers: Headers, readText: () => Promise<string>): Promise<ActionRejection | null> {
  const length = Number(headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return { status: 411, error: "Send the form with its length." };
  if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, error: "That submission is over 1 MB. Nothing was saved." };
  const type = (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (FORM_TYPES.includes(type)) return null;
  // React sends an action's arguments as a JSON array in text/plain when none is a form.
  if (type === "text/plain") {
    try {
      if (Array.isArray(JSON.parse(await readText()))) return null;
    } catch {
      // fall through
    }
    return { status: 400, error: "That request was not a form submission. Nothing was saved." };
  }
  return { status: 415, error: "That request was not a form submission. Nothing was saved." };
}
