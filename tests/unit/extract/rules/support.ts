/**
 * Tiny readers shared by the rule tests. They go through `analyzePosting`, the one front door the
 * web app, the CLI and `npm run eval` call, so a rule is tested the way a posting is served. For
 * the plain-text fragments these tests use, normalisation leaves the text as written (it only
 * trims line ends and the whole text), so spans still point into the fragment.
 */
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import type { PostingAnalysis } from "@/lib/analysis/types";

/** The analysis of a posting fragment. */
export function analyze(text: string): PostingAnalysis {
  return analyzePosting(text).analysis;
}

/** Skill id -> "must" | "preferred", for the skills the fragment asks for. */
export function kinds(text: string): Record<string, string> {
  return Object.fromEntries(analyze(text).skills.map((s) => [s.id, s.kind]));
}

/** Skill id -> minimum years (null when none), for the skills the fragment asks for. */
export function years(text: string): Record<string, number | null> {
  return Object.fromEntries(analyze(text).skills.map((s) => [s.id, s.minYears]));
}

/** The skill ids the fragment asks for, in the order the analysis lists them. */
export function ids(text: string): string[] {
  return analyze(text).skills.map((s) => s.id);
}

/** The kind of one skill, or undefined when the fragment does not ask for it. */
export function kindOf(text: string, skillId: string): string | undefined {
  return analyze(text).skills.find((s) => s.id === skillId)?.kind;
}
