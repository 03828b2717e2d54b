/**
 * Skills named in a requirement unit that are context, not asked for: a clause in the company's
 * voice ("We build and manage our own systems, and value scalability"), an eligibility condition
 * ("requires German citizenship", "Bachelor's degree in Computer Science"), or a stand-in
 * ("NestJS (or comparable backend frameworks)").
 */
import { indexOfSpan, type Span } from "./clauses";
import { isCompanyVoiceClause, normalizeForCues } from "./kind";
import type { SkillMatch } from "./skill-matcher";
import { CUE_COMPANY, CUE_ELIGIBILITY, CUE_STAND_IN } from "./word-gate";

// Eligibility is not a skill (README of the labelled set): citizenship, location, degrees.
const ELIGIBILITY =
  /\b(citizen(ship)?s?|visa|sponsorship|relocat\w*|security clearance|clearance|eligible to work|authori[sz]ed to work|right to work|work permit|living in|reside in|residency|time ?zones?|in-office|commut\w*|bachelor'?s?|master'?s? degree|masters|ph\.?d\.?|degree|diploma|b\.?sc?\.?|m\.?sc?\.?|bs\/ms|ms\/phd|graduate of)\b/;
const STAND_IN = /^[([]\s*or\s+(?:an?\s+)?(?:comparable|similar|equivalent|related|other|another|any)\b/i;
const COMPANY_OPENER = /^[\s*_(["\u201c]*(?:we|our|us)\b/i;

export function dropContextSkills(text: string, clauses: Span[], brackets: Span[], cues: number, matches: SkillMatch[]): SkillMatch[] {
  if ((cues & (CUE_COMPANY | CUE_ELIGIBILITY | CUE_STAND_IN)) === 0) return matches;
  const context = clauses.map((c) => {
    const raw = text.slice(c[0], c[1]);
    if ((cues & CUE_COMPANY) !== 0 && COMPANY_OPENER.test(raw) && isCompanyVoiceClause(normalizeForCues(raw))) return true;
    return (cues & CUE_ELIGIBILITY) !== 0 && ELIGIBILITY.test(raw.toLowerCase());
  });
  const standIns = (cues & CUE_STAND_IN) !== 0 ? brackets.filter((b) => STAND_IN.test(text.slice(b[0], b[1]))) : [];
  return matches.filter((m) => {
    if (context[Math.max(0, indexOfSpan(clauses, m.start))]) return false;
    return !standIns.some((b) => m.start >= b[0] && m.start < b[1]);
  });
}
