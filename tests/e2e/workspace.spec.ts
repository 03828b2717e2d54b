import { expect, test } from "@playwright/test";
import { addProfileSkill, analyzePosting, fitScore, KDB_POSTING, LLM_POSTING, signUp } from "./helpers";

test.describe.configure({ timeout: 180_000 });

test("compare two postings from the dashboard", async ({ page }) => {
  await signUp(page, "compare");
  await addProfileSkill(page, "Python", 8, 6);
  await analyzePosting(page, LLM_POSTING, "LLM backend engineer");
  await analyzePosting(page, KDB_POSTING, "kdb+ lead");

  await page.goto("/dashboard");
  await expect(page.getByRole("listitem").filter({ hasText: "LLM backend engineer" }).getByText("Top gaps:")).toBeVisible();
  await page.getByRole("checkbox", { name: "Compare LLM backend engineer" }).check();
  await page.getByRole("checkbox", { name: "Compare kdb+ lead" }).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/compare\?ids=/);

  const table = page.getByRole("table", { name: "Comparison" });
  await expect(table.getByRole("columnheader", { name: "LLM backend engineer" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "kdb+ lead" })).toBeVisible();
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("Fit now");
  await expect(table.getByRole("rowheader", { name: /^Python/ })).toBeVisible();
  // Shared skills first: the first skill row is asked by both postings.
  await expect(rows.nth(4)).toContainText("asked by 2");

  await page.goto("/compare?ids=only-one");
  await expect(page.getByText("Pick at least 2 postings to compare.")).toBeVisible();
});

test("dashboard filters, sorts and pages", async ({ page }) => {
  await signUp(page, "filter");
  await analyzePosting(page, LLM_POSTING, "LLM backend engineer");
  await analyzePosting(page, KDB_POSTING, "kdb+ lead");
  await page.goto("/dashboard");
  await page.getByLabel("Search postings").fill("kdb");
  await page.getByLabel("Sort by").selectOption("fit");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=kdb/);
  await expect(page.getByRole("list", { name: "Postings" }).getByRole("heading")).toHaveText(["kdb+ lead"]);
  await expect(page.getByText("1 posting matching “kdb”")).toBeVisible();
});

test("the fit history chart gains a point after a profile change", async ({ page }) => {
  await signUp(page, "history");
  const report = await analyzePosting(page, LLM_POSTING);
  const figure = page.getByRole("figure", { name: "Fit history" });
  await expect(figure).toBeVisible();
  await expect(page.getByRole("figure", { name: "Coverage by category" })).toBeVisible();
  const historyRows = figure.getByTestId("fit-history-table").locator("tbody tr");
  const before = await historyRows.count();
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(figure.locator(".recharts-line").first()).toBeAttached();

  await addProfileSkill(page, "Python", 8, 6);
  // Re-scoring after a profile change runs as a background job: the point arrives shortly after.
  await expect(async () => {
    await page.goto(report);
    await expect(historyRows).toHaveCount(before + 1, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
});

test("a 7-day share link works signed out and 404s once revoked", async ({ page, browser }) => {
  const email = await signUp(page, "share7");
  await addProfileSkill(page, "Python", 8, 6);
  await analyzePosting(page, LLM_POSTING, "Shared posting");
  const fit = await fitScore(page);
  await analyzePosting(page, KDB_POSTING, "Private other posting");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Shared posting" }).click();

  await page.getByLabel("Label").fill("Recruiter at Acme");
  await page.getByLabel("Expires").selectOption("7");
  await page.getByRole("button", { name: "Create share link" }).click();
  const links = page.getByRole("list", { name: "Links to this report" }).getByRole("listitem");
  await expect(links).toHaveCount(1, { timeout: 30_000 });
  await expect(links.first()).toContainText("Recruiter at Acme");
  const in7 = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await expect(links.first()).toContainText(`Expires ${in7}`);
  await expect(links.first()).toContainText("Viewed 0 times");
  const url = await links.first().getByRole("textbox").inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  // A second link for someone else, never expiring.
  await page.getByLabel("Label").fill("Mentor");
  await page.getByLabel("Expires").selectOption("never");
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(links).toHaveCount(2, { timeout: 30_000 });

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const response = await visitorPage.goto(url);
  expect(response?.status()).toBe(200);
  await expect(visitorPage.locator('[aria-label="Fit score"]')).toHaveText(`${fit}%`);
  await expect(visitorPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const body = (await visitorPage.locator("body").innerText()).toLowerCase();
  expect(body).not.toContain(email.toLowerCase());
  expect(body).not.toContain("private other posting");
  expect(body).not.toMatch(/\byou claim\b|\byour\b/);
  expect(body).toContain("the candidate");
  await expect(visitorPage.getByRole("button", { name: "Edit requirement" })).toHaveCount(0);
  await expect(visitorPage.getByRole("button", { name: "Revoke link" })).toHaveCount(0);

  // Views are counted in memory and written in batches (within about 5 s): reload until it shows.
  await expect(async () => {
    await page.reload();
    await expect(links.filter({ hasText: "Recruiter at Acme" })).toContainText("Viewed 1 time", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await links.filter({ hasText: "Recruiter at Acme" }).getByRole("button", { name: "Revoke link" }).click();
  await expect(links).toHaveCount(1, { timeout: 30_000 });
  const revoked = await visitorPage.goto(url);
  expect(revoked?.status()).toBe(404);
  await visitor.close();
});

test("delete asks first, Cancel keeps the posting, Delete removes it", async ({ page }) => {
  await signUp(page, "delete");
  const report = await analyzePosting(page, LLM_POSTING, "Posting to delete");
  await page.getByRole("button", { name: "Delete posting" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this posting?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Posting to delete" })).toBeVisible();

  await page.getByRole("button", { name: "Delete posting" }).click();
  await page.getByRole("dialog", { name: "Delete this posting?" }).getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  expect((await page.goto(report))?.status()).toBe(404);
});
