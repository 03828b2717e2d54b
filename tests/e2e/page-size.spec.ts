import { expect, test } from "@playwright/test";
import { analyzePosting, LLM_POSTING, signUp } from "./helpers";

/**
 * A 46,000-character posting once made a 4-9 MB page: every requirement row (and its React
 * payload) for 1,300 bullets. The owner's report and the shared page must stay within a small
 * multiple of the text: 4x (the text is in the HTML and in React's payload once each, and the
 * owner's editors carry requirement texts) plus a fixed allowance for the layout, the at most
 * 2 x 40 listed rows and 200 highlights.
 */
const FIXED_ALLOWANCE = 256 * 1024;
const SIZE = 46_000;

const SHAPES: [string, string][] = [
  ["1,300 short bullets", ("Requirements:\n" + "- 3+ years of Python and PostgreSQL\n".repeat(1_300)).slice(0, SIZE)],
  ["one posting pasted eleven times", LLM_POSTING.repeat(Math.ceil(SIZE / LLM_POSTING.length)).slice(0, SIZE)],
  ["one 46,000-character line", "- 3+ years of Python ".repeat(2_200).slice(0, SIZE)],
];

test("a huge posting's report and shared page stay proportional to its text", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, "huge");
  const reports: string[] = [];
  for (const [shape, text] of SHAPES) {
    const reportUrl = await analyzePosting(page, text, shape);
    reports.push(reportUrl);
    await page.getByRole("button", { name: "Create share link" }).click();
    const shareUrl = await page.getByLabel("Share link").inputValue();
    const owner = await (await page.request.get(reportUrl)).text();
    const shared = await (await page.request.get(shareUrl)).text();
    console.log(`${shape}: ${text.length} characters; owner's page ${owner.length} bytes (${(owner.length / text.length).toFixed(1)}x), shared page ${shared.length} bytes (${(shared.length / text.length).toFixed(1)}x)`);
    expect(owner.length, `owner's page, ${shape}`).toBeLessThan(4 * text.length + FIXED_ALLOWANCE);
    expect(shared.length, `shared page, ${shape}`).toBeLessThan(4 * text.length + FIXED_ALLOWANCE);
  }
  // The bullets list 40 of their must-haves; the owner can ask for every row.
  await page.goto(reports[0]);
  const mustHaves = page.locator("section", { has: page.getByRole("heading", { name: /^Must-haves/ }) });
  await expect(mustHaves.locator(":scope > ul > li")).toHaveCount(40);
  await expect(mustHaves.getByText(/^Listed: the first 40 of 1,\d{3} \(the counts above cover them all\)\./)).toBeVisible();
  await mustHaves.getByRole("link", { name: /^Show all 1,\d{3}$/ }).click();
  await expect(page).toHaveURL(/\?requirements=all$/);
  // The 1,300 rows stream in: wait for them rather than count the first chunk (a loaded machine showed 429).
  await expect.poll(() => mustHaves.locator(":scope > ul > li").count(), { timeout: 60_000 }).toBeGreaterThan(1_000);
});
