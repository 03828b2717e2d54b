/**
 * The CPU-heavy part of a paste, run in a worker thread (see analysis-pool.ts): normalise and
 * extract (analyzePosting, the one front door of extraction), then score against the person's
 * profile. Plain data in, plain data out: everything crosses the thread boundary by structured clone.
 */
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { scorePosting } from "@/lib/analysis/score";
import type { PostingAnalysis, Profile } from "@/lib/analysis/types";

export interface PostingAnalysisTask {
  /** the text as pasted */
  description: string;
  /** With a profile the posting is scored too; without one (the API's stateless paths) it is only extracted. */
  scoreFor?: { profile: Profile; today: string };
}

export interface PostingAnalysisResult {
  /** the normalised text the requirement spans point into */
  text: string;
  analysis: PostingAnalysis;
  /** null when the task asked for no score */
  fit: number | null;
  fitProjected: number | null;
}

export function analyzeAndScorePosting({ description, scoreFor }: PostingAnalysisTask): PostingAnalysisResult {
  const { text, analysis } = analyzePosting(description);
  if (!scoreFor) return { text, analysis, fit: null, fitProjected: null };
  const report = scorePosting(analysis, scoreFor.profile, { today: scoreFor.today });
  return { text, analysis, fit: report.fit, fitProjected: report.fitProjected };
}
