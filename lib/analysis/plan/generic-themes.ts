import type { PostingAnalysis } from "../types";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import type { PlanGap, PrepPlanTheme } from "./types";

/**
 * Day themes for anyone's plan, shaped by what the posting asks: learn the gaps (buildPrepPlan's
 * own default group), practise them, build a small project with them, system design when the
 * posting asks for design, and a mock interview on its must-haves on the last day. Nothing here
 * names a domain, a framework or an interview format the posting does not ask for; the seed's
 * own seven themes (seeds/prep-plan.ts) stay the demo account's data.
 */
export const GENERIC_THEME_IDS = {
  systemDesign: "system-design",
  practise: "practise",
  project: "small-project",
  mockInterview: "mock-interview",
} as const;

/** Themes whose sessions are general interview steps, not tied to one gap. */
export const GENERAL_INTERVIEW_THEMES: readonly string[] = [GENERIC_THEME_IDS.mockInterview, GENERIC_THEME_IDS.systemDesign];

const DESIGN_SKILLS = [
  "system-design",
  "ml-system-design",
  "software-architecture",
  "distributed-systems",
  "scalability",
  "microservices",
  "event-driven-architecture",
  "api-design",
  "cloud-architecture",
];
const DESIGN_WORDS = /(?<![a-z])(system design|architect(ure|ing)?|design (scalable|distributed|large-scale)|scalab(le|ility)|distributed systems?)(?![a-z])/i;
/** A gap is a design skill within this many parent links of one ("CQRS" -> software architecture). */
const DESIGN_DISTANCE = 2;
const TOP_GAPS = 3;

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function isDesignSkill(skillId: string, graph: SkillGraph): boolean {
  return DESIGN_SKILLS.some((design) => skillId === design || (graph.distanceUp(skillId, design) ?? Infinity) <= DESIGN_DISTANCE);
}

function asksDesign(analyses: PostingAnalysis[], graph: SkillGraph): boolean {
  return analyses.some((analysis) =>
    analysis.requirements.some(
      (requirement) => DESIGN_WORDS.test(requirement.text) || requirement.skills.some((skill) => isDesignSkill(skill.id, graph)),
    ),
  );
}

/** Must-have skill names of the postings, most asked first, then in the postings' order. */
function mustSkillNames(analyses: PostingAnalysis[], graph: SkillGraph): string[] {
  const counts = new Map<string, number>();
  for (const analysis of analyses) {
    for (const requirement of analysis.requirements) {
      if (requirement.kind !== "must") continue;
      for (const skill of requirement.skills) {
        const name = graph.nameOf(skill.id) ?? skill.name;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  // Map order is first mention, which a stable sort keeps among equal counts.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

export interface GenericThemesInput {
  analyses: PostingAnalysis[];
  /** The plan's gaps, biggest first (the same list buildPrepPlan gets). */
  gaps: PlanGap[];
  graph?: SkillGraph;
}

export function buildGenericThemes(input: GenericThemesInput): PrepPlanTheme[] {
  const graph = input.graph ?? taxonomyGraph;
  const gaps = input.gaps.filter((gap) => gap.gain > 0);
  const top = gaps.slice(0, TOP_GAPS);
  const topNames = top.map((gap) => gap.name);
  const themes: PrepPlanTheme[] = [];
  const design = asksDesign(input.analyses, graph);

  if (design) {
    const designGapList = gaps.filter((gap) => isDesignSkill(gap.skillId, graph));
    const designGaps = designGapList.map((gap) => gap.name);
    const focus = designGaps.length > 0 ? designGaps : topNames;
    themes.push({
      id: GENERIC_THEME_IDS.systemDesign,
      title: "System design",
      goal: "Design a system of the kind this role builds and explain its trade-offs.",
      skills: DESIGN_SKILLS,
      sessionSkills: designGapList.map((gap) => gap.skillId),
      minHours: 1,
      tasks: [
        `Sketch a system this role would build${focus.length > 0 ? `, using ${listNames(focus.slice(0, TOP_GAPS))}` : ""}: components, data flow, failure modes, trade-offs`,
      ],
    });
  }
  if (top.length > 0) {
    themes.push({
      id: GENERIC_THEME_IDS.practise,
      title: `Practise: ${topNames.join(", ")}`,
      goal: "Turn what you read into what you can do without notes.",
      skills: [],
      sessionSkills: top.map((gap) => gap.skillId),
      tasks: topNames.map((name) => `Practise ${name}: short exercises without notes, then check your answers against the docs`),
      minHours: 1,
    });
    themes.push({
      id: GENERIC_THEME_IDS.project,
      title: `Build a small project with ${listNames(topNames)}`,
      goal: "Have something working you can show and explain in the interview.",
      skills: [],
      sessionSkills: top.map((gap) => gap.skillId),
      tasks: [
        `Build a small working project that uses ${listNames(topNames)}`,
        "Write a short README: what it does, the choices you made, what you would do next",
      ],
      minHours: 2,
    });
  }
  const musts = mustSkillNames(input.analyses, graph).slice(0, 5);
  themes.push({
    id: GENERIC_THEME_IDS.mockInterview,
    title: "Mock interview and weak-spot fixes",
    goal: "Answer the posting's questions out loud, then fix what was weak.",
    skills: [],
    tasks: [
      musts.length > 0 ? `Mock technical interview on the must-haves: ${musts.join(", ")}` : "Mock technical interview on the posting's requirements",
      "For each requirement, explain your own experience aloud with one concrete example",
      ...(design ? ["Mock system design: talk through your design and its trade-offs in 45 minutes"] : []),
      "Note the questions you could not answer well and review them",
    ],
    placement: "last",
  });
  return themes;
}
