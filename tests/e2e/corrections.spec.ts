import { expect, test } from "@playwright/test";
import { addProfileSkill, analyzePosting, fitScore, LLM_POSTING, signUp } from "./helpers";

test.describe.configure({ timeout: 180_000 });

test("a correction changes the score at once, is marked, and survives Re-analyze", async ({ page }) => {
  await signUp(page, "correct");
  await addProfileSkill(page, "Python", 8, 6);
  await analyzePosting(page, LLM_POSTING);
  const before = await fitScore(page);

  const row = page.getByRole("listitem").filter({ hasText: "Proficiency in Java and Python programming languages" }).filter({ has: page.getByRole("button", { name: "Edit requirement" }) });
  await row.getByRole("button", { name: "Edit requirement" }).click();
  await expect(row.getByLabel("Kind")).toHaveValue("must");
  await expect(row.getByLabel("Years")).toHaveValue("");
  await row.getByRole("button", { name: "Remove Java" }).click();
  await expect(row.getByRole("button", { name: "Remove Java" })).toHaveCount(0);
  await row.getByRole("button", { name: "Save correction" }).click();

  await expect.poll(() => fitScore(page), { timeout: 30_000 }).toBeGreaterThan(before);
  const corrected = await fitScore(page);
  const correctedRow = page.locator('li[data-corrected="true"]').filter({ hasText: "Proficiency in Java and Python programming languages" });
  await expect(correctedRow.getByText("corrected by you")).toBeVisible();

  await page.getByRole("button", { name: "Re-analyze" }).click();
  await expect(page.getByText(/Re-analyzed: \d+ requirements found/)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  expect(await fitScore(page)).toBe(corrected);
  await expect(page.locator('li[data-corrected="true"]').filter({ hasText: "Proficiency in Java and Python programming languages" })).toBeVisible();
});

test("drop a requirement, restore it, add a missed one from a selection, and teach an alias", async ({ page }) => {
  await signUp(page, "drop");
  await addProfileSkill(page, "Python", 8, 6);
  await analyzePosting(page, LLM_POSTING);
  const before = await fitScore(page);

  const row = page.getByRole("listitem").filter({ hasText: "Excellent written and verbal communication skills in English" }).filter({ has: page.getByRole("button", { name: "Edit requirement" }) });
  await row.getByRole("button", { name: "Edit requirement" }).click();
  await row.getByRole("button", { name: "Drop requirement" }).click();
  await expect(page.getByRole("heading", { name: "Dropped by you" })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => fitScore(page), { timeout: 30_000 }).toBeGreaterThan(before);
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("heading", { name: "Dropped by you" })).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => fitScore(page), { timeout: 30_000 }).toBe(before);

  // Every line of this posting is a requirement already; its heading is the one stretch the extractor leaves out.
  await page.getByText("Posting text").click();
  await page.evaluate(() => {
    const pre = document.getElementById("posting-text")!;
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    const phrase = "Preferred Qualifications, Capabilities";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error("phrase not found");
  });
  await page.getByRole("button", { name: "Add requirement" }).click();
  const form = page.getByRole("form", { name: "New requirement" });
  await form.getByLabel("Kind").selectOption("must");
  await form.getByLabel("Add skill").fill("Python");
  await form.getByRole("button", { name: "Add", exact: true }).click();
  await expect(form.getByRole("button", { name: "Remove Python" })).toBeVisible();
  await form.getByRole("button", { name: "Save correction" }).click();
  const added = page.locator('li[data-corrected="true"]').filter({ hasText: "Preferred Qualifications, Capabilities" });
  await expect(added.getByText("added by you")).toBeVisible({ timeout: 30_000 });

  await page.getByLabel("Phrase in postings").fill("verbal communication");
  await page.getByLabel("Means skill").fill("Python");
  await page.getByRole("button", { name: "Teach alias" }).click();
  await expect(page.getByText("“verbal communication” means Python")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("listitem").filter({ hasText: "Excellent written and verbal communication skills in English" }).getByText("skill from your alias")).toBeVisible();
});
