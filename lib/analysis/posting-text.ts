/**
 * Turns pasted posting text into the plain text the extractor and the report work on.
 * Requirement spans point into this normalised text, which is what gets stored.
 */
import { convert, type HtmlToTextOptions } from "html-to-text";

export const MAX_POSTING_CHARACTERS = 50_000;

export type PostingTextProblem = "empty" | "too_long" | "binary" | "no_text";

/**
 * Characters as a person counts them: a line break is one character whether it came as CR+LF,
 * CR or LF (browsers submit CR+LF), and an emoji is one character, not two UTF-16 units.
 * Stops counting past `limit` so a hostile 5 MB body costs no more than the limit.
 */
export function countCharacters(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let index = 0; index < text.length && count <= limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi;

function looksLikeHtml(text: string): boolean {
  return (text.match(HTML_TAG)?.length ?? 0) >= 2;
}

// html-to-text (maintained, pure, no I/O) rather than regexes: entities (&rsquo; &mdash;), table
// cells (<td>Go</td><td>Rust</td> stays two words), lists, and scripts dropped, as a browser would.
const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

function htmlToText(html: string): string {
  return convert(html, HTML_OPTIONS);
}

/** Binary data: NUL bytes, or many control characters that text never has. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls > 8 && controls / text.length > 0.01;
}

export function checkPostingText(raw: string): PostingTextProblem | null {
  if (raw.trim().length === 0) return "empty";
  if (countCharacters(raw, MAX_POSTING_CHARACTERS) > MAX_POSTING_CHARACTERS) return "too_long";
  if (looksBinary(raw)) return "binary";
  // Markup with no words in it ("<script>" x 6,250) would be stored as an empty posting.
  if (normalizePostingText(raw).length === 0) return "no_text";
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
