import "server-only";
import { analyzePostingOffThread } from "@/lib/server/workers/analysis-pool";
import { applyLlmProposal, buildChatRequest, readProposal } from "@/lib/analysis/llm-assist";
import type { PostingAnalysis } from "@/lib/analysis/types";
import { LlmConfigError, readLlmConfig, type LlmConfig } from "@/lib/env";
import type { StoredLlmAssist } from "@/lib/server/data/postings";
import { LlmUnavailableError, requestChatCompletion } from "@/lib/server/llm/chat-completions";

/**
 * Optional LLM-assisted extraction around the deterministic one. Off unless LLM_BASE_URL and
 * LLM_MODEL are set: then nothing is fetched and the extraction is returned as it came.
 *
 * It runs here, on the request's thread, after the worker pool's extraction, not inside a worker:
 * the call is network I/O, which the event loop waits on for free, while a worker thread held
 * through a model's seconds of thinking would be taken from other people's CPU-bound pastes, and
 * the pool's own timeout would mix "the paste is too heavy" with "the model is slow".
 */
export type LlmAssistStatus = "off" | "used" | "unavailable";

/** As stored with a posting: null when the assist was off. */
export function toStoredLlmAssist(status: LlmAssistStatus): StoredLlmAssist {
  return status === "off" ? null : status;
}

export interface AssistResult {
  analysis: PostingAnalysis;
  llmAssist: LlmAssistStatus;
}

export interface AssistOptions {
  /** Defaults to the environment (lib/env.ts). */
  config?: LlmConfig | null;
  /** Where fallbacks are reported; the person only sees "unavailable". */
  log?: (message: string) => void;
}

const warn = (message: string) => console.warn(`[fitgap] ${message}`);

function configFrom(options: AssistOptions): LlmConfig | null {
  return options.config !== undefined ? options.config : readLlmConfig();
}

/** The extraction with the model's grounded suggestions merged in, or as it was when the assist is off or fails. */
export async function assistAnalysis(text: string, extracted: PostingAnalysis, options: AssistOptions = {}): Promise<AssistResult> {
  const log = options.log ?? warn;
  let config: LlmConfig | null;
  try {
    config = configFrom(options);
  } catch (error) {
    if (!(error instanceof LlmConfigError)) throw error;
    log(`LLM assist unavailable, deterministic extraction used: invalid configuration (${error.message})`);
    return { analysis: extracted, llmAssist: "unavailable" };
  }
  if (!config) return { analysis: extracted, llmAssist: "off" };
  try {
    const body = await requestChatCompletion(config, buildChatRequest(text, config.model));
    const read = readProposal(body);
    if (!read.ok) throw new LlmUnavailableError(read.reason);
    const assisted = applyLlmProposal(text, extracted, read.proposal);
    if (assisted.dropped.quotes > 0 || assisted.dropped.skills > 0) {
      log(`LLM assist: dropped ${assisted.dropped.quotes} quote(s) not in the posting and ${assisted.dropped.skills} ungrounded skill(s)`);
    }
    return { analysis: assisted.analysis, llmAssist: "used" };
  } catch (error) {
    const reason = error instanceof LlmUnavailableError ? error.reason : `unexpected ${error instanceof Error ? error.name : "error"}`;
    if (!(error instanceof LlmUnavailableError)) console.error(error);
    log(`LLM assist unavailable, deterministic extraction used: ${reason} (model ${config.model})`);
    return { analysis: extracted, llmAssist: "unavailable" };
  }
}

/** Extraction on the worker pool (never on the request thread), then the assist: the API's paths. */
export async function analyzePostingWithAssist(raw: string, options: AssistOptions = {}): Promise<AssistResult & { text: string }> {
  const { text, analysis } = await analyzePostingOffThread({ description: raw });
  return { text, ...(await assistAnalysis(text, analysis, options)) };
}
