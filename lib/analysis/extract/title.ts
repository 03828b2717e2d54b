import { CUES } from "./cues";
/**
 * Job title and company from the top of a posting: "Company - Title - Location - Full-time"
 * (Hacker News style, also with "|" or "·"), "Title: ...", or "We are looking for a <Title> to ...".
 */
const LOCATION_ONLY = /^[A-Z][\w .'-]*(,\s*[A-Z][\w .'-]*)+$/;

export interface TitleGuess {
  title: string | null;
  company: string | null;
}

function cleanSegment(segment: string): string {
  return segment.replace(/^[\s*#_>|]+|[\s*_|:]+$/g, "").replace(/\s+/g, " ").trim();
}

function fromHeaderLine(line: string): TitleGuess | null {
  const segments = line.split(/\s+[-–—|·•]\s+|\s*\|\s*|\s+[-–—]\s*(?=[A-Z])/).map(cleanSegment).filter(Boolean);
  if (segments.length < 2) return null;
  const titleIndex = segments.findIndex((s) => CUES.roleWord.test(s) && !CUES.notTitle.test(s) && s.split(" ").length <= 10);
  if (titleIndex < 0) return null;
  const title = segments[titleIndex];
  // "Company - Title - ..." usually; "Title — Company (Remote, EU)" sometimes.
  const companyCandidate =
    titleIndex === 0 ? (segments[1]?.replace(/\s*\([^)]*\)\s*$/, "") ?? null) : segments[0];
  if (titleIndex === 0 && companyCandidate && CUES.roleWord.test(companyCandidate)) return { title, company: null };
  const company =
    companyCandidate && !CUES.notTitle.test(companyCandidate) && !LOCATION_ONLY.test(companyCandidate) && companyCandidate.length <= 60
      ? companyCandidate
      : null;
  return { title, company };
}

/** The first `count` non-blank lines, trimmed, without splitting the whole text. */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0) lines.push(line);
    start = end + 1;
  }
  return lines;
}

export function inferTitle(text: string): TitleGuess {
  const lines = firstLines(text, 12);
  for (const line of lines) {
    if (line.indexOf(":") < 0) continue;
    const labelled = /^(?:job\s+)?(?:title|position|role)\s*:\s*(.{3,80})$/i.exec(line);
    if (labelled) return { title: cleanSegment(labelled[1]), company: null };
  }
  if (lines.length > 0) {
    const header = fromHeaderLine(lines[0]);
    if (header) return header;
    // "iOS Engineer at Pocket Farm (Remote, EU timezones)"
    const at = /^(.{3,80}?)\s+(?:at|@)\s+([A-Z][\w&.' -]{1,50}?)\s*(?:[(|,–—-]|$)/.exec(cleanSegment(lines[0]));
    if (at && CUES.roleWord.test(at[1]) && !CUES.notTitle.test(at[1])) return { title: at[1], company: at[2].trim() };
    // A short first line that is only a role: "Senior Backend Engineer".
    const first = cleanSegment(lines[0]);
    if (first.split(" ").length <= 8 && CUES.roleWord.test(first) && !/[.!?]$/.test(first) && !CUES.notTitle.test(first)) {
      return { title: first.replace(/\s*\([^)]*\)\s*$/, ""), company: null };
    }
  }
  const intro = /\b(?:looking for|hiring|seeking)\s+(?:an?\s+|our\s+(?:first\s+)?)?(?:\*)?([A-Z][\w+#/.-]*(?:\s+[A-Z(][\w+#/.()-]*){0,5})/.exec(
    lines.join("\n"),
  );
  if (intro && CUES.roleWord.test(intro[1])) return { title: intro[1].replace(/[*.]+$/, ""), company: null };
  return { title: null, company: null };
}
