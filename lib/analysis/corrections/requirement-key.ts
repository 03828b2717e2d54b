/**
 * Lowercase, whitespace collapsed, trailing punctuation dropped: the key a correction is stored
 * under. Its own module because storage derives the column from it (lib/server/data may import it
 * as row mapping; the rest of corrections is analysis).
 */
export function normalizeRequirementText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,!]+$/, "");
}
