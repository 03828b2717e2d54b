/**
 * Optional LLM-assisted extraction, the pure half: the prompt, the answer's schema, grounding in
 * the posting and the taxonomy, and the merge with the deterministic extraction. The HTTP call is
 * the server's (lib/server/llm); nothing here touches the network.
 */
import type { PostingAnalysis } from "@/lib/analysis/types";
import { groundProposal } from "./ground-proposal";
import { mergeSuggestions, type MergedAnalysis } from "./merge-suggestions";
import type { LlmProposal } from "./proposal-schema";

export { buildChatRequest, type ChatMessage, type ChatRequest } from "./build-prompt";
export { readProposal, type ReadProposalResult } from "./read-response";
export { LlmProposalSchema, type LlmProposal } from "./proposal-schema";
export { storedSuggestions, countSuggestions } from "./stored-suggestions";
export { groundProposal } from "./ground-proposal";
export { mergeSuggestions } from "./merge-suggestions";

export interface AssistedAnalysis extends MergedAnalysis {
  /** Quotes not found in the posting, and skills it does not name where the model put them. */
  dropped: { quotes: number; skills: number };
}

/** Grounds a proposal in the posting and merges what holds with the extractor's analysis. */
export function applyLlmProposal(text: string, extracted: PostingAnalysis, proposal: LlmProposal): AssistedAnalysis {
  const grounded = groundProposal(text, proposal);
  return { ...mergeSuggestions(text, extracted, grounded), dropped: grounded.dropped };
}
