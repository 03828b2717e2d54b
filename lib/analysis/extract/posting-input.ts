/**
 * Raw bytes to posting text, or a clear reason why not. Text rules (empty, binary-looking) are
 * posting-text.ts's; this adds what only bytes show: NUL bytes and invalid UTF-8. Length is not
 * limited here: the CLI analyses long files too.
 */
import { checkPostingText } from "@/lib/analysis/posting-text";

export type PostingInput = { ok: true; text: string } | { ok: false; reason: string };

const REASONS = {
  empty: "empty input (no posting text)",
  binary: "binary input, expected plain text",
} as const;

export function decodePostingBytes(bytes: Uint8Array): PostingInput {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty };
  if (bytes.includes(0)) return { ok: false, reason: REASONS.binary + " (contains NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: REASONS.binary + " (not valid UTF-8)" };
  }
  const problem = checkPostingText(text);
  if (problem === "empty" || problem === "binary") return { ok: false, reason: REASONS[problem] };
  return { ok: true, text };
}
