import type { GapCandidate } from "./posting-card";

export interface TopGap {
  index: number;
  /** The skills of the requirement that are least covered, by name. */
  label: string;
  kind: "must" | "preferred";
  coverage: number;
}

/** The requirements whose missing coverage costs the most fit (weight x gap), largest first. */
export function topGaps(report: { requirements: readonly GapCandidate[] }, limit = 3): TopGap[] {
  return report.requirements
    .filter((item) => item.scored && item.status !== "met")
    .map((item) => {
      const weakest = [...item.skills].sort((a, b) => a.coverage - b.coverage).slice(0, item.anyOf ? item.skills.length : 2);
      const names = weakest.map((skill) => skill.name);
      return {
        index: item.index,
        label: item.anyOf ? names.join(" or ") : names.join(", "),
        kind: item.kind,
        coverage: item.coverage,
        cost: item.weight * (1 - item.coverage),
      };
    })
    .sort((a, b) => b.cost - a.cost || a.index - b.index)
    .slice(0, limit)
    .map(({ cost: _cost, ...gap }) => gap);
}
