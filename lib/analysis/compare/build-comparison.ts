import type { GapReport } from "../score";
import type { PostingAnalysis, RequirementKind } from "../types";

export interface ComparedPosting {
  id: string;
  title: string | null;
  company: string | null;
  analysis: PostingAnalysis;
  report: GapReport;
}

export interface ComparisonCell {
  kind: RequirementKind;
  minYears: number | null;
  /** 0-1: the person's best coverage of this skill in this posting today. */
  coverage: number;
  /** 0-1: the same with study complete. */
  coverageProjected: number;
}

export interface ComparisonRow {
  skillId: string;
  name: string;
  /** How many of the compared postings ask for it. */
  askedBy: number;
  /** Parallel to the postings; null where a posting does not ask for the skill. */
  cells: (ComparisonCell | null)[];
}

function coverageIn(report: GapReport, skillId: string): { coverage: number; coverageProjected: number } {
  let coverage = 0;
  let coverageProjected = 0;
  for (const requirement of report.requirements) {
    if (!requirement.scored) continue;
    for (const skill of requirement.skills) {
      if (skill.skillId !== skillId) continue;
      coverage = Math.max(coverage, skill.coverage);
      coverageProjected = Math.max(coverageProjected, skill.coverageProjected);
    }
  }
  return { coverage, coverageProjected };
}

/** One row per skill any posting asks for: skills shared by more postings first, then must-haves, then by name. */
export function buildComparison(postings: readonly ComparedPosting[]): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  postings.forEach((posting, column) => {
    for (const skill of posting.analysis.skills) {
      const row = rows.get(skill.id) ?? { skillId: skill.id, name: skill.name, askedBy: 0, cells: postings.map(() => null) };
      if (!row.cells[column]) row.askedBy += 1;
      row.cells[column] = { kind: skill.kind, minYears: skill.minYears, ...coverageIn(posting.report, skill.id) };
      rows.set(skill.id, row);
    }
  });
  const musts = (row: ComparisonRow) => row.cells.filter((cell) => cell?.kind === "must").length;
  return [...rows.values()].sort((a, b) => b.askedBy - a.askedBy || musts(b) - musts(a) || a.name.localeCompare(b.name));
}
