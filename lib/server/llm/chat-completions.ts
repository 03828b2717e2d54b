import "server-only";
import type { ChatRequest } from "@/lib/analysis/llm-assist";
import type { LlmConfig } from "@/lib/env";
import { readCappedBody } from "@/lib/server/read-capped-body";

/**
 * One call to an OpenAI-compatible chat completions endpoint (Ollama, vLLM, llama.cpp's server,
 * a cloud gateway all speak it). Node's own fetch with AbortSignal.timeout is the whole client:
 * one POST of JSON is all the assist needs, and an SDK would add a dependency tied to one vendor's
 * extras, retries that stretch the person's wait, and its own timeout rules.
 */

/** A large posting's proposal is tens of kilobytes; anything near this is not an answer. */
export const MAX_RESPONSE_BYTES = 2_000_000;

/** Why the assist fell back: for the server log, never for the person. */
export class LlmUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`LLM assist unavailable: ${reason}`);
    this.name = "LlmUnavailableError";
  }
}

/** The base URL names the API root (".../v1"); the full endpoint is accepted too. */
export function chatCompletionsUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, "");
  return trimmed.endsWith("/chat/completions") ? trimmed : `${trimmed}/chat/completions`;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof LlmUnavailableError) return error.reason;
  // Duck-typed: fetch's errors (a DOMException for the timeout) need not share this realm's Error.
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs} ms`;
  return `network error: ${cause?.code ?? cause?.message ?? message ?? String(error)}`;
}

/** Sends the request and returns the parsed JSON body; any failure is an LlmUnavailableError with its reason. */
export async function requestChatCompletion(config: LlmConfig, request: ChatRequest): Promise<unknown> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  try {
    // One signal for the whole exchange: connecting, waiting, and reading the body.
    const response = await fetch(chatCompletionsUrl(config.baseUrl), {
      method: "POST",
      headers,
      body: JSON.stringify(request),
      // An API endpoint has no reason to redirect; following one could carry the key elsewhere.
      redirect: "error",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const body = await readCappedBody(response.body, MAX_RESPONSE_BYTES, () => new LlmUnavailableError(`the response is over ${MAX_RESPONSE_BYTES} bytes`));
    if (!response.ok) throw new LlmUnavailableError(`HTTP ${response.status} ${body.slice(0, 200).replace(/\s+/g, " ")}`.trim());
    try {
      return JSON.parse(body);
    } catch {
      throw new LlmUnavailableError("the response body is not JSON");
    }
  } catch (error) {
    throw new LlmUnavailableError(describeFailure(error, config.timeoutMs));
  }
}
