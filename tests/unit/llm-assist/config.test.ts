/** The LLM assist's environment: off unless both variables are set, and validated with zod. */
import { LlmConfigError, readLlmConfig } from "@/lib/env";
import { chatCompletionsUrl } from "@/lib/server/llm/chat-completions";

describe("readLlmConfig", () => {
  it("is off when the variables are unset or empty", () => {
    expect(readLlmConfig({})).toBeNull();
    expect(readLlmConfig({ LLM_BASE_URL: "", LLM_MODEL: " ", LLM_API_KEY: "", LLM_TIMEOUT_MS: "" })).toBeNull();
    expect(readLlmConfig({ LLM_API_KEY: "sk-only-a-key" })).toBeNull();
  });

  it("is on with a base URL and a model, with a timeout of a few seconds by default", () => {
    expect(readLlmConfig({ LLM_BASE_URL: "http://localhost:11434/v1", LLM_MODEL: "qwen2.5:7b-instruct" })).toEqual({
      baseUrl: "http://localhost:11434/v1",
      model: "qwen2.5:7b-instruct",
      apiKey: null,
      timeoutMs: 8_000,
    });
    expect(readLlmConfig({ LLM_BASE_URL: "https://gateway.internal/v1", LLM_MODEL: "m", LLM_API_KEY: "k", LLM_TIMEOUT_MS: "20000" })).toMatchObject({ apiKey: "k", timeoutMs: 20_000 });
  });

  it.each([
    [{ LLM_MODEL: "m" }, /must be set together/],
    [{ LLM_BASE_URL: "http://localhost:11434/v1" }, /must be set together/],
    [{ LLM_BASE_URL: "localhost:11434", LLM_MODEL: "m" }, /LLM_BASE_URL/],
    [{ LLM_BASE_URL: "file:///etc/passwd", LLM_MODEL: "m" }, /LLM_BASE_URL/],
    [{ LLM_BASE_URL: "http://localhost:11434/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "soon" }, /LLM_TIMEOUT_MS/],
    [{ LLM_BASE_URL: "http://localhost:11434/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "10" }, /LLM_TIMEOUT_MS/],
  ])("refuses %j", (env, message) => {
    expect(() => readLlmConfig(env)).toThrow(LlmConfigError);
    expect(() => readLlmConfig(env)).toThrow(message);
  });
});

describe("chatCompletionsUrl", () => {
  it("appends the endpoint to the API root, and takes the full endpoint as it is", () => {
    expect(chatCompletionsUrl("http://localhost:11434/v1")).toBe("http://localhost:11434/v1/chat/completions");
    expect(chatCompletionsUrl("http://localhost:8000/v1/")).toBe("http://localhost:8000/v1/chat/completions");
    expect(chatCompletionsUrl("https://gw.example/openai/v1/chat/completions")).toBe("https://gw.example/openai/v1/chat/completions");
  });
});
