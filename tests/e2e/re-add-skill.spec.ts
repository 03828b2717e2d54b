import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";


async function addSkill(page: Page, name: string, level: string, years: string) {
  await page.getByLabel("Skill").fill(name);
  await page.getByLabel("Level", { exact: true }).fill(level);
  await page.getByLabel("Years", { exact: true }).fill(years);
  await page.getByRole("button", { name: "Add skill" }).click();
}

test("re-adding a skill says it exists, offers the update, and keeps the years", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, "re-add");
  await page.goto("/profile");
  await addSkill(page, "Python", "8", "6");
  await expect(page.getByText("Saved Python at level 8.")).toBeVisible({ timeout: 30_000 });

  await addSkill(page, "python", "7", "");
  await expect(page.getByText("Python is already in your profile (level 8, 6 years). Update it to level 7, keeping 6 years?")).toBeVisible({ timeout: 30_000 });
  // Nothing changed yet.
  await expect(page.getByLabel("Level for Python")).toHaveValue("8");
  await expect(page.getByLabel("Years for Python")).toHaveValue("6");

  await page.getByRole("button", { name: "Update skill" }).click();
  await expect(page.getByText("Updated Python: level 7, 6 years.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Level for Python")).toHaveValue("7");
  await expect(page.getByLabel("Years for Python")).toHaveValue("6");

  await page.reload();
  await expect(page.getByLabel("Level for Python")).toHaveValue("7");
  await expect(page.getByLabel("Years for Python")).toHaveValue("6");
});

test("a paste with no requirements is not saved until the person chooses Save anyway", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, "no-reqs");
  await page.goto("/jobs/new");
  await page.getByLabel("Job description").fill("hey, are we still on for lunch tomorrow? let me know if 12 works for you");
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByText(/No requirements were found in this text/)).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/jobs\/new$/);
  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)[\w-]+$/, { timeout: 30_000 });
});
