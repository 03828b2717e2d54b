/**
 * Turns pasted posting text into the plain text the extractor and the report work on.
 * Requirement spans point into this normalised text, which is what gets stored.
 */
export const MAX_POSTING_CHARACTERS = 50_000;

export type PostingTextProblem = "empty" | "too_long" | "binary";

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi;
const BLOCK_TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|section|article|header|footer)\b[^<>]*>/gi;
const DROPPED_ELEMENTS = /<(script|style|iframe|object|embed|template|noscript)\b[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function looksLikeHtml(text: string): boolean {
  return (text.match(HTML_TAG)?.length ?? 0) >= 2;
}

function htmlToText(html: string): string {
  return html
    .replace(DROPPED_ELEMENTS, " ")
    .replace(/<li\b[^<>]*>/gi, "\n- ")
    .replace(BLOCK_TAG, "\n")
    .replace(HTML_TAG, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
      if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)) || 32);
      return ENTITIES[lower] ?? entity;
    });
}

/** Binary data: NUL bytes, or many control characters that text never has. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls > 8 && controls / text.length > 0.01;
}

export function checkPostingText(raw: string): PostingTextProblem | null {
  if (raw.trim().length === 0) return "empty";
  if (raw.length > MAX_POSTING_CHARACTERS) return "too_long";
  if (looksBinary(raw)) return "binary";
  return null;
}

/** Plain text with \n line ends, HTML reduced to text, trailing spaces trimmed. */
export function normalizePostingText(raw: string): string {
  let text = raw.replace(/\r\n?/g, "\n").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g, " ");
  if (looksLikeHtml(text)) text = htmlToText(text);
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{4,}/g, "\n\n\n")
    .trim();
}
