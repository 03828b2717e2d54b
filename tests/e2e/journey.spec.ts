import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const LLM_POSTING = fs.readFileSync(path.join(__dirname, "../../seeds/postings/seed-llm-backend.txt"), "utf8");

/** Creates a fresh account through the sign-up form and lands on the dashboard. */

test("sign up, add a skill, analyze a posting, share the report and revoke it", async ({ page, browser }) => {
  const email = await signUp(page, "journey");

  await page.goto("/profile");
  await page.getByLabel("Skill").fill("Python");
  await page.getByLabel("Level", { exact: true }).fill("8");
  await page.getByLabel("Years", { exact: true }).fill("6");
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByText("Saved Python at level 8.")).toBeVisible();

  await page.goto("/jobs/new");
  await page.getByLabel("Job description").fill(LLM_POSTING);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  const fit = page.locator('[aria-label="Fit score"]');
  await expect(fit).toHaveText(/^\d{1,3}%$/);
  const fitValue = Number((await fit.textContent())!.replace("%", ""));
  expect(fitValue).toBeGreaterThan(0); // Python is a must-have of this posting
  expect(fitValue).toBeLessThan(100);
  await expect(page.getByText("Proficiency in Java and Python programming languages").first()).toBeVisible();

  await page.getByRole("button", { name: "Create share link" }).click();
  const shareField = page.getByLabel("Share link");
  await expect(shareField).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  const shareUrl = await shareField.inputValue();

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(shareUrl);
  await expect(visitorPage.locator('[aria-label="Fit score"]')).toHaveText(`${fitValue}%`);
  await expect(visitorPage.getByText(email)).toHaveCount(0);
  await expect(visitorPage.getByRole("button", { name: "Revoke link" })).toHaveCount(0);

  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByRole("button", { name: "Create share link" })).toBeVisible();

  const response = await visitorPage.goto(shareUrl);
  expect(response?.status()).toBe(404);
  await expect(visitorPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await visitor.close();
});

test("signed-out visitors are sent to sign in, and wrong passwords get a clear message", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill("nobody@test.fitgap.dev");
  await page.getByLabel("Password").fill("not the password 1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("a rejected paste shows why and keeps the text", async ({ page }) => {
  await signUp(page, "paste");

  await page.goto("/jobs/new");
  const tooLong = "Experience with Python is required. ".repeat(1_500); // 52,500 characters
  await page.getByLabel("Job description").fill(tooLong);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByText(/over 50,000 characters/)).toBeVisible();
  await expect(page).toHaveURL(/\/jobs\/new$/);
  await expect(page.getByLabel("Job description")).toHaveValue(tooLong);
});

test("build a prep plan, tick a session off and export it as a calendar", async ({ page }) => {
  await signUp(page, "plan");

  await page.goto("/jobs/new");
  await page.getByLabel("Job description").fill(LLM_POSTING);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);

  await page.goto("/plan");
  await page.getByLabel("Days").fill("3");
  await page.getByLabel("Hours a day").fill("2");
  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page.getByRole("heading", { name: /^Day 1 ·/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Day 3 ·/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Day 4 ·/ })).toHaveCount(0);

  const firstTick = page.getByRole("button", { name: /^Mark done:/ }).first();
  const label = (await firstTick.getAttribute("aria-label"))!.replace("Mark done: ", "");
  await firstTick.click();
  await expect(page.getByRole("button", { name: `Mark not done: ${label}` }).first()).toHaveAttribute("aria-pressed", "true");

  const href = await page.getByRole("link", { name: "Download calendar (.ics)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = await response.text();
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(3);
});
