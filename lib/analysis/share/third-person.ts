/**
 * The report's explanations speak to the person ("you claim", "your PostgreSQL"). A shared report
 * is read by someone else, so it speaks about "the candidate" instead, and leaves out sentences
 * about study tracks (the shared page never shows tracks).
 */
const REPLACEMENTS: [RegExp, string][] = [
  [/\bnothing you can claim yet\b/g, "nothing the candidate can claim yet"],
  [/\byou claim\b/g, "the candidate claims"],
  [/\byou have\b/g, "the candidate has"],
  [/\bYou have\b/g, "The candidate has"],
  [/\byou can\b/g, "the candidate can"],
  [/\byour\b/g, "the candidate's"],
  [/\bYour\b/g, "The candidate's"],
  [/\byou\b/g, "the candidate"],
  [/\bYou\b/g, "The candidate"],
];

export function toThirdPerson(text: string): string {
  const withoutStudy = text.replace(/\s*Not claimable yet: [^]*?\.(?=\s|$)/g, "");
  return REPLACEMENTS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), withoutStudy);
}
