/**
 * Requirement extraction: posting text in, requirements with kinds, years, skills and spans out.
 * Pure and deterministic; the web app, the CLI and the API all call `extractRequirements`.
 */
import type { PostingAnalysis, Requirement } from "@/lib/analysis/types";
import { assembleUnit, type AssembledUnit } from "./assemble";
import { collectPostingSkills } from "./posting-skills";
import { getDefaultSkillMatcher, type SkillMatcher } from "./skill-matcher";
import { inferTitle } from "./title";
import { tokenize, type TokenStream } from "./tokens";
import { disclaimsNeed, findStackClause, normalizeForCues, readVoice } from "./kind";
import { decideUnitRole, type UnitRole } from "./unit-role";
import { decideUnmarkedUnit, isTechnology, namesAnOpening, ROLE_AREA_SKILLS } from "./unmarked-units";
import type { SkillMatch } from "./skill-matcher";
import { companyNameTest } from "./company-name";
import { findLongTailSkills } from "./long-tail";
import { parseLabelPrefix, type SectionLabel } from "./sections";
import { layoutPosting, type Unit } from "./units";
import { CUE_COMPANY, cueBits, LazyLowercase } from "./word-gate";
import { CUES } from "./cues";

export type { SkillMatcher } from "./skill-matcher";
export { compileSkillMatcher } from "./skill-matcher";
export { collectPostingSkills } from "./posting-skills";

/** Sections that describe the job or the company: never requirements. */
const CONTEXT_SECTIONS: ReadonlySet<SectionLabel> = new Set(["responsibilities", "about", "benefits", "apply"]);

/** Context sections that may still hold a stated demand on the candidate. */
const DESCRIPTIVE_SECTIONS: ReadonlySet<SectionLabel> = new Set(["responsibilities", "about", "benefits"]);
const DEMAND_HINT = /need|must|requir|looking|years/i;

const WITHOUT_BEFORE = /\bwithout\s+$/i;
// Not "4 years of front-end dev experience": the work, not who is hired.
const ROLE_NOUN_AFTER = /^[\s-]*(?:engineers?|developers?|devs?|scientists?|architects?|leads?|managers?|specialists?|analysts?|researchers?|engineering (?:lead|manager)s?)\b(?!\s+(?:experience|skills|background|work)\b)/i;

const HIRE_BEFORE = /\b(?:a|an|our|the|as|senior|sr\.?|staff|principal|lead|junior|experienced|founding|seasoned)\s+(?:[\w/-]+\s+){0,2}$/i;

/** "looking for a Senior Back-end Engineer": the field is the role's name, not a demand. */
function namesTheHire(text: string, match: SkillMatch): boolean {
  return ROLE_NOUN_AFTER.test(text.slice(match.end, match.end + 24)) && HIRE_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start));
}

/** Every unit's concrete technologies as preferred stack requirements, except where the posting says how to apply or disclaims them. */
function toolsNamedAnywhere(
  text: string,
  tokens: TokenStream,
  units: Unit[],
  matcher: SkillMatcher,
  stackLower: LazyLowercase,
  isCompanyName: (matchedText: string, skillName: string) => boolean,
): Requirement[] {
  const found: Requirement[] = [];
  for (const unit of units) {
    if (unit.section === "apply" || unit.section === "benefits") continue;
    const unitText = text.slice(unit.start, unit.end);
    const lower = normalizeForCues(unitText);
    if (disclaimsNeed(lower) || CUES.customersSystems.test(lower) || CUES.describesSomeone.test(lower) || CUES.leaving.test(lower) || CUES.mission.test(lower)) continue;
    const from = firstTokenAtOrAfter(tokens.start, tokens.count, unit.start);
    const to = firstTokenAtOrAfter(tokens.start, tokens.count, unit.end);
    const matches = matcher
      .matchUnit({ text, tokens, from, to, unitLower: new LazyLowercase(() => unitText), stackLower })
      .filter((m) => isTechnology(m) && !isCompanyName(text.slice(m.start, m.end), m.skill.name));
    if (matches.length === 0) continue;
    const skills = [...new Map(matches.map((m) => [m.skill.id, { id: m.skill.id, name: m.skill.name }])).values()];
    found.push({ text: unitText, section: "stack", kind: "preferred", minYears: null, span: [unit.start, unit.end], skills });
  }
  return found;
}

/** A sentence that introduces a list of demands: it ends with a colon and asks something. */
function readLeadIn(unitText: string): UnitRole | null {
  if (!/:\s*$/.test(unitText)) return null;
  const lower = normalizeForCues(unitText);
  const voice = readVoice(lower);
  if (voice === "preferred" || CUES.preferred.test(lower) || /\b(?:if any of|also describes? you|(?:could|would) be an? [\w-]+ (?:opportunity|fit))\b/.test(lower)) {
    return { kind: "preferred", section: null };
  }
  if (voice === "requirement" || /\b(?:who|if you|you(?:'ll| will)? (?:have|bring|need)|the following|we expect|we need|we(?:'re| are) (?:especially |particularly )?(?:interested in|looking for))\b/.test(lower)) {
    return { kind: "must", section: null };
  }
  return null;
}

/** A sentence ending in a colon that introduces the company's backers, customers or partners. */
function namesBackersNext(unitText: string): boolean {
  return /:\s*$/.test(unitText) && CUES.customersSystems.test(normalizeForCues(unitText));
}

/** Sections of what the job does or what the company is, where only a plainly asking lead-in sets its bullets' role. */
const LEAD_IN_SECTIONS: ReadonlySet<SectionLabel> = new Set(["responsibilities", "about"]);

/**
 * Inside a description of the job or the company, a lead-in counts only when it plainly asks of
 * the candidate ("We're looking for someone with:", "You'll need:"), not "You will do the following:".
 */
function readDemandLeadIn(unitText: string): UnitRole | null {
  const lower = normalizeForCues(unitText);
  if (!CUES.demandLeadIn.test(lower)) return null;
  return readLeadIn(unitText);
}

/** First token whose start is >= offset (tokens are sorted by start). */
function firstTokenAtOrAfter(starts: Int32Array, count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sentences of one paragraph are separate units, yet "Deep understanding of KDB and Q. At least
 * 7 years using KDB." states one requirement: a must requirement without years that names a skill
 * given years by a sibling sentence takes those years.
 */
function shareYearsWithinParagraphs(units: { group: number; unit: AssembledUnit }[]): void {
  const stated = new Map<number, { index: number; years: Map<string, number> }[]>();
  units.forEach(({ group, unit }, index) => {
    if (unit.statedYears.size === 0) return;
    const list = stated.get(group);
    if (list) list.push({ index, years: unit.statedYears });
    else stated.set(group, [{ index, years: unit.statedYears }]);
  });
  if (stated.size === 0) return;
  units.forEach(({ group, unit }, index) => {
    const siblings = stated.get(group)?.filter((s) => s.index !== index);
    if (!siblings || siblings.length === 0) return;
    for (const requirement of unit.requirements) {
      if (requirement.minYears !== null || requirement.kind !== "must") continue;
      for (const ref of requirement.skills) {
        const years = siblings.map((s) => s.years.get(ref.id)).find((y) => y !== undefined);
        if (years !== undefined) {
          requirement.minYears = years;
          break;
        }
      }
    }
  });
}

/**
 * Where the posting's title line ends ("Acme | Senior Go Engineer | Remote"), or 0 when the first
 * line is not a title: the whole text, a sentence, or a label such as "Requirements:".
 */
function titleLineEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const end = text.indexOf("\n", start);
  if (end < 0 || end - start > 400 || text.slice(end).trim() === "") return 0;
  const line = text.slice(start, end);
  // "Formal training or certification on software engineering concepts": a demand, not a title;
  // "Tech Stack: Python, Databricks": a label line.
  // "Acme | Senior Engineer | Remote | https://acme.com": parts joined by bars or dashes, even
  // when one part states a condition ("Vistulo - Sr. Java Backend - REMOTE, must be based in Poland").
  if ((line.match(/\s[|\-–—]\s/g)?.length ?? 0) >= 2 && !parseLabelPrefix(line)) return end;
  if (CUES.requirement.test(normalizeForCues(line)) || parseLabelPrefix(line)) return 0;
  return /[.!?:;]\s*$/.test(line) ? 0 : end;
}

function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "";
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? Math.min(text.length, start + 200) : Math.min(end, start + 200));
}

/** Where the first part of a title line ends: "Acme - ...", "Acme | ...", "Acme (YC W21) ...", "Acme, ...". */
const TITLE_PART_BREAK = /\s[-|–—:]\s|\s\(|,/;

export function extractRequirements(text: string, matcher: SkillMatcher = getDefaultSkillMatcher()): PostingAnalysis {
  const { units } = layoutPosting(text);
  const tokens = tokenize(text);

  const roles: { unit: Unit; role: UnitRole; from: number; to: number; cues: number; matches?: SkillMatch[] }[] = [];
  const titleEnd = titleLineEnd(text);
  // Context for guarded names in units nothing marked: the title line.
  const titleLower = new LazyLowercase(() => text.slice(0, titleEnd));
  // "We're especially interested in engineers who:" / "we expect you to be comfortable with the
  // following:" followed by bullets: the lead-in sentence sets the bullets' kind.
  let leadIn: UnitRole | null = null;
  // "We're backed by the best:", "Our customers include:": the bullets after it name backers and
  // customers, never a skill ("- Dylan Field (Figma CEO)").
  let leadInNamesBackers = false;
  for (let unit of units) {
    if (unit.shape !== "bullet") {
      leadIn = null;
      leadInNamesBackers = false;
    } else if (leadInNamesBackers) continue;
    else if (leadIn && (unit.section === null || unit.section === "other" || LEAD_IN_SECTIONS.has(unit.section))) {
      const from = firstTokenAtOrAfter(tokens.start, tokens.count, unit.start);
      const to = firstTokenAtOrAfter(tokens.start, tokens.count, unit.end);
      roles.push({ unit, role: leadIn, from, to, cues: cueBits(tokens, from, to) });
      continue;
    }
    if (unit.shape !== "bullet") leadInNamesBackers = namesBackersNext(text.slice(unit.start, unit.end));
    if (unit.shape !== "bullet" && (unit.section === null || unit.section === "other")) leadIn = readLeadIn(text.slice(unit.start, unit.end));
    // "Example responsibilities: - ... We're looking for someone with: - Proficiency in Python": a
    // lead-in that plainly asks ends the duties; the bullets after it are demands.
    else if (unit.shape !== "bullet" && unit.section !== null && LEAD_IN_SECTIONS.has(unit.section)) leadIn = readDemandLeadIn(text.slice(unit.start, unit.end));
    // "I am proficient in Java ...", "On any given day, they may write Rust": the writer or the
    // team described, not a demand on the candidate.
    if (CUES.describesSomeone.test(normalizeForCues(text.slice(unit.start, Math.min(unit.end, unit.start + 60))))) continue;
    let demand = false;
    // "Remote (US):" then "* Senior Engineer - $150k - Go, React - https://...": a heading that
    // groups openings by place reads like logistics, yet each opening under it names its stack.
    const opening = unit.section !== null && CONTEXT_SECTIONS.has(unit.section) && unit.shape === "bullet" && namesAnOpening(text.slice(unit.start, unit.end));
    if (opening) unit = { ...unit, section: null };
    if (unit.section !== null && CONTEXT_SECTIONS.has(unit.section)) {
      // "## The role ... You'll need 5+ years of Go": a stated demand inside the role description
      // is still a requirement; what the job does and what the company is are not.
      if (!DESCRIPTIVE_SECTIONS.has(unit.section)) continue;
      const unitText = text.slice(unit.start, unit.end);
      if (!DEMAND_HINT.test(unitText) || !(unit.section === "responsibilities" ? CUES.demand : CUES.contextDemand).test(unitText)) continue;
      demand = true;
    }
    const from = firstTokenAtOrAfter(tokens.start, tokens.count, unit.start);
    const to = firstTokenAtOrAfter(tokens.start, tokens.count, unit.end);
    const cues = cueBits(tokens, from, to);
    const role = demand ? decideUnitRole({ ...unit, section: null }, text.slice(unit.start, unit.end), cues) : decideUnitRole(unit, text.slice(unit.start, unit.end), cues);
    // "## Our stack\n- Scala, Spark. We love functional programming and use Cats and FS2.": under a
    // stack heading the company speaking names its stack.
    if (role) roles.push({ unit, role, from, to, cues: role.section === "stack" && unit.section === "stack" ? cues & ~CUE_COMPANY : cues });
    else if (unit.section === null || unit.section === "other") {
      // A sentence about the company may still name the stack from some point on.
      const unitText = text.slice(unit.start, unit.end);
      const lowerUnit = CUES.stackClauseHint.test(unitText) ? normalizeForCues(unitText) : "";
      const at = lowerUnit ? findStackClause(lowerUnit) : -1;
      if (at < 0 || disclaimsNeed(lowerUnit)) {
        // Recall first: read the unit's skills, keep them unless the unit plainly asks nothing.
        const unitLower = new LazyLowercase(() => unitText);
        let matches = matcher.matchUnit({ text, tokens, from, to, unitLower, stackLower: titleLower });
        const fallback = decideUnmarkedUnit(unitText, matches, text);
        if (fallback) {
          const { role: fallbackRole, technologiesOnly } = fallback;
          // A list in the company's words names its tools; the industries beside them are its business.
          if (technologiesOnly) matches = matches.filter(isTechnology);
          else if (fallbackRole.section === "stack") matches = matches.filter((m) => !ROLE_AREA_SKILLS.has(m.skill.id) && m.skill.category !== "domain");
          // The voice was read above; the company's "we" must not drop the list again.
          roles.push({ unit, role: fallbackRole, from, to, cues: fallbackRole.section === "stack" ? cues & ~CUE_COMPANY : cues, matches });
        }
        continue;
      }
      const start = unit.start + (unitText.length - unitText.replace(/^[\s*_(\[("“"]+/, "").length) + at;
      const first = firstTokenAtOrAfter(tokens.start, tokens.count, start);
      roles.push({ unit: { ...unit, start }, role: { kind: "preferred", section: "stack" }, from: first, to, cues: cueBits(tokens, first, to) });
    }
  }
  // Context for guarded names beyond their own unit: the posting's stack lines and its title line
  // ("Staff Data Engineer" makes "dbt" in "Nice: Kubernetes, dbt" the data tool).
  const stackLower = new LazyLowercase(() =>
    [firstLine(text), ...roles.filter((r) => r.role.section === "stack").map((r) => text.slice(r.unit.start, r.unit.end))].join(" \n "),
  );

  const { title, company } = inferTitle(text);
  // The company: as inferred, else the first part of the title line ("Fullstory - REMOTE (US) - https://...").
  const isCompanyName = companyNameTest(company || (text.slice(0, titleEnd) || firstLine(text)).split(TITLE_PART_BREAK)[0]);
  const requirements: Requirement[] = [];
  const assembledUnits: { group: number; unit: AssembledUnit }[] = [];
  let overallMinYears: number | null = null;
  let preferredMinYears: number | null = null;
  for (let index = 0; index < roles.length; index++) {
    const { unit, from, to, cues } = roles[index];
    const unitLower = new LazyLowercase(() => text.slice(unit.start, unit.end));
    let matches = roles[index].matches ?? matcher.matchUnit({ text, tokens, from, to, unitLower, stackLower });
    let role = roles[index].role;
    if (unit.start < titleEnd) {
      // "Acme - Backend and Fullstack Engineers (Go, React) - Remote": the title names who is hired
      // and the tools of the job, never a demand by itself.
      // The first part names the company ("Metabase - https://metabase.com - REMOTE").
      const companyEnd = unit.start + Math.max(0, text.slice(unit.start, titleEnd).search(TITLE_PART_BREAK));
      // Its concepts ("Machine Learning Engineer", "UX Design") name roles; its tools are the stack.
      matches = matches.filter((m) => isTechnology(m) && m.start >= companyEnd);
      role = { ...role, kind: "preferred" };
    } else if (namesAnOpening(text.slice(unit.start, unit.end))) {
      // "Senior Mobile Engineer (react native)", "Senior Go Engineer, Web Capture - $150k - React":
      // an opening names its tools in its name, brackets and parts: they are its stack (preferred);
      // its fields ("Mobile development") name the role.
      matches = matches.filter(isTechnology);
      role = { kind: "preferred", section: "stack" };
    } else if (role.section === "stack") {
      // "Frontend: TypeScript, React": the label names a part of the system, not a skill.
      matches = matches.filter((m) => !ROLE_AREA_SKILLS.has(m.skill.id));
    }
    // "a Senior Back-end Engineer", "a Data Scientist": a field naming the role is who is hired;
    // "a better design system without Tailwind": what is done without is not asked.
    matches = matches.filter((m) => (isTechnology(m) || !namesTheHire(text, m)) && !WITHOUT_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start)));
    matches = matches.concat(findLongTailSkills(text, unit.start, unit.end, matches));
    // "Fullstory offers session replay ...", "Tram Case - Hiring Tech Lead": the company's own name is who hires, never a skill.
    matches = matches.filter((m) => !isCompanyName(text.slice(m.start, m.end), m.skill.name));
    const assembled = assembleUnit({ text, span: [unit.start, unit.end], cues, role, matches });
    assembledUnits.push({ group: unit.group, unit: assembled });
    if (assembled.overallYears !== null) overallMinYears = Math.max(overallMinYears ?? 0, assembled.overallYears);
    const preferred = assembled.preferredOverallYears ?? null;
    if (preferred !== null) preferredMinYears = Math.max(preferredMinYears ?? 0, preferred);
  }
  // "Ideally you have 3+ years of experience": with no required figure, the preferred one is the bar.
  if (overallMinYears === null) overallMinYears = preferredMinYears;
  shareYearsWithinParagraphs(assembledUnits);
  for (const { unit } of assembledUnits) for (const requirement of unit.requirements) requirements.push(requirement);
  // A posting that asks nothing in so many words still names the tools of the job, in what the
  // role does or what the company builds: with nothing else found, those are its stack.
  if (!requirements.some((r) => r.skills.length > 0)) requirements.push(...toolsNamedAnywhere(text, tokens, units, matcher, titleLower, isCompanyName));

  return { title, company, overallMinYears, requirements, skills: collectPostingSkills(requirements) };
}
