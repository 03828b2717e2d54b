import { z } from "zod";

/** The environment, validated once. Scripts (start/test) fill DATABASE_URL and NEXTAUTH_SECRET. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: run the app with `npm start`"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

export function isGitHubSignInEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
}

/**
 * Optional LLM-assisted extraction: on only when LLM_BASE_URL (an OpenAI-compatible API, up to
 * /v1) and LLM_MODEL are both set. Read on each use rather than cached with the rest, so it needs
 * no DATABASE_URL and a test can point it at its own server. Empty values count as unset (.env).
 */
const unsetWhenEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const LlmEnvSchema = z.object({
  LLM_BASE_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/, error: "LLM_BASE_URL must be an http(s) URL such as http://localhost:11434/v1" }).optional()),
  LLM_MODEL: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).max(200).optional()),
  LLM_API_KEY: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).optional()),
  LLM_TIMEOUT_MS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(100).max(120_000).default(8_000)),
});

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
}

export class LlmConfigError extends Error {}

/** The LLM assist's settings, null when it is off; throws LlmConfigError when they are set but invalid. */
export function readLlmConfig(source: Record<string, string | undefined> = process.env): LlmConfig | null {
  const parsed = LlmEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new LlmConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const { LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS } = parsed.data;
  if (!LLM_BASE_URL && !LLM_MODEL) return null;
  if (!LLM_BASE_URL || !LLM_MODEL) throw new LlmConfigError("LLM_BASE_URL and LLM_MODEL must be set together");
  return { baseUrl: LLM_BASE_URL, model: LLM_MODEL, apiKey: LLM_API_KEY ?? null, timeoutMs: LLM_TIMEOUT_MS };
}
