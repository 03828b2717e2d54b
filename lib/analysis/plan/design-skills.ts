import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";

/** Skills a system-design interview covers; a plan gets a design day when a posting asks for one. */
export const DESIGN_SKILLS = [
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
export const DESIGN_WORDS = /(?<![a-z])(system design|architect(ure|ing)?|design (scalable|distributed|large-scale)|scalab(le|ility)|distributed systems?)(?![a-z])/i;
/** A skill is a design skill within this many parent links of one ("CQRS" -> software architecture). */
const DESIGN_DISTANCE = 2;

export function isDesignSkill(skillId: string, graph: SkillGraph = taxonomyGraph): boolean {
  return DESIGN_SKILLS.some((design) => skillId === design || (graph.distanceUp(skillId, design) ?? Infinity) <= DESIGN_DISTANCE);
}
