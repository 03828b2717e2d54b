/**
 * The one front door of extraction: raw pasted text (plain or HTML) in, the normalised text and its
 * analysis out. The web app, the API, the CLI, `npm run eval`, `npm run bench` and the tests all
 * call this, so what is measured is what is served.
 */
import { extractRequirements, type SkillMatcher } from "@/lib/analysis/extract";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { normalizePostingText } from "@/lib/analysis/posting-text";
import type { PostingAnalysis } from "@/lib/analysis/types";

export interface AnalyzedPosting {
  /** The text requirement spans point into: what gets stored and shown. */
  text: string;
  analysis: PostingAnalysis;
  extractorVersion: number;
}

export function analyzePosting(raw: string, matcher?: SkillMatcher): AnalyzedPosting {
  const text = normalizePostingText(raw);
  return { text, analysis: extractRequirements(text, matcher), extractorVersion: EXTRACTOR_VERSION };
}
