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
