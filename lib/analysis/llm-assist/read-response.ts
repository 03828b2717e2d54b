/**
 * From a chat completion's body (already parsed as JSON) to a validated proposal, or the reason it
 * is not one. The reason is for the server log only; the person just sees that the assist was
 * unavailable.
 */
import type { z } from "zod";
import { ChatCompletionSchema, LlmProposalSchema, type LlmProposal } from "./proposal-schema";

export type ReadProposalResult = { ok: true; proposal: LlmProposal } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  const path = first?.path.length ? first.path.join(".") : "(root)";
  return `${path}: ${first?.message ?? "invalid"}${error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : ""}`;
}

/**
 * The JSON inside the message: models asked for JSON still wrap it in ```json fences or a sentence
 * now and then, so the outermost object or array is taken from the content.
 */
export function extractJsonText(content: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content);
  const body = (fenced ? fenced[1] : content).trim();
  if (body.startsWith("{") || body.startsWith("[")) return body;
  const open = body.search(/[{[]/);
  const close = Math.max(body.lastIndexOf("}"), body.lastIndexOf("]"));
  return open >= 0 && close > open ? body.slice(open, close + 1) : body;
}

export function readProposal(body: unknown): ReadProposalResult {
  const envelope = ChatCompletionSchema.safeParse(body);
  if (!envelope.success) return { ok: false, reason: `not a chat completion (${describe(envelope.error)})` };
  const content = envelope.data.choices[0].message.content;
  if (!content || !content.trim()) return { ok: false, reason: "the answer is empty" };
  let json: unknown;
  try {
    json = JSON.parse(extractJsonText(content));
  } catch {
    return { ok: false, reason: "the answer is not valid JSON" };
  }
  const proposal = LlmProposalSchema.safeParse(json);
  if (!proposal.success) return { ok: false, reason: `the answer does not match the schema (${describe(proposal.error)})` };
  return { ok: true, proposal: proposal.data };
}
