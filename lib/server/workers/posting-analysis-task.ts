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
  profile: Profile;
  today: string;
}

export interface PostingAnalysisResult {
  /** the normalised text the requirement spans point into */
  text: string;
  analysis: PostingAnalysis;
  fit: number;
  fitProjected: number;
}

export function analyzeAndScorePosting({ description, profile, today }: PostingAnalysisTask): PostingAnalysisResult {
  const { text, analysis } = analyzePosting(description);
  const report = scorePosting(analysis, profile, { today });
  return { text, analysis, fit: report.fit, fitProjected: report.fitProjected };
}
