import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { DESIGN_SKILLS, isDesignSkill } from "./design-skills";
import type { PostingsDigest } from "./postings-digest";
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

const TOP_GAPS = 3;

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export interface GenericThemesInput {
  /** What the postings ask for design and must-haves (digestPostings). */
  digest: Pick<PostingsDigest, "asksDesign" | "mustSkillNames">;
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
  const design = input.digest.asksDesign;

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
  const musts = input.digest.mustSkillNames;
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
