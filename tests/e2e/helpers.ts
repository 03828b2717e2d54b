import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const LLM_POSTING = fs.readFileSync(path.join(__dirname, "../../seeds/postings/seed-llm-backend.txt"), "utf8");
export const KDB_POSTING = fs.readFileSync(path.join(__dirname, "../../seeds/postings/seed-kdb-lead.txt"), "utf8");

/**
 * A client address of its own (the test server trusts one proxy, TRUST_PROXY=1), drawn from 2^24:
 * the sign-up throttle (per address, per hour) never meets another sign-up, also when `npm test`
 * runs again on the same database or beside another run.
 */
export function uniqueClientAddress(): string {
  const part = () => Math.floor(Math.random() * 256);
  return `10.${part()}.${part()}.${part()}`;
}

/** Creates a fresh account through the sign-up form, from an address of its own, and lands on the dashboard. */
export async function signUp(page: Page, prefix: string): Promise<string> {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientAddress() });
  const email = `e2e-${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}@test.fitgap.dev`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("e2e password 2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return email;
}

export async function addProfileSkill(page: Page, name: string, level: number, years: number): Promise<void> {
  await page.goto("/profile");
  await page.getByLabel("Skill").fill(name);
  await page.getByLabel("Level", { exact: true }).fill(String(level));
  await page.getByLabel("Years", { exact: true }).fill(String(years));
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByText(`Saved ${name} at level ${level}.`)).toBeVisible({ timeout: 30_000 });
}

/** Pastes a posting and returns the report's URL. */
export async function analyzePosting(page: Page, text: string, title?: string): Promise<string> {
  await page.goto("/jobs/new");
  await page.getByLabel("Job description").fill(text);
  if (title) await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new$)[\w-]+$/, { timeout: 30_000 });
  return page.url();
}

export async function fitScore(page: Page): Promise<number> {
  const fit = page.locator('[aria-label="Fit score"]');
  await expect(fit).toHaveText(/^\d{1,3}%$/);
  return Number((await fit.textContent())!.replace("%", ""));
}
