/** A requirement is a line or two; one that runs on (a posting pasted as one line) is cut in lists, whole in the posting text. */
export const SHOWN_TEXT_LIMIT = 300;

export function shortenText(text: string): string {
  return text.length > SHOWN_TEXT_LIMIT ? `${text.slice(0, SHOWN_TEXT_LIMIT).trimEnd()}…` : text;
}
