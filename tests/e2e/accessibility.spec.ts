import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Every listed page at 1280 and 390 px: no serious or critical axe violation, and no horizontal
 * scrolling. Uses the seeded demo account (its postings, tracks and profile), read-only apart
 * from one share link. Screenshots of the dashboard, a report and compare go to
 * test-results/screens for a person to look at.
 */
// axe over every page at two widths: ~1 min idle, over 5 min seen beside another npm test at load 8-9.
test.describe.configure({ timeout: 900_000 });

const WIDTHS = [1280, 390] as const;
const SCREENS = path.join(__dirname, "../../test-results/screens");

async function checkPage(page: Page, name: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  for (const violation of results.violations) {
    if (violation.impact === "serious" || violation.impact === "critical") {
      problems.push(`${name} @${width}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(" | ")}`);
    }
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${name} @${width}: scrolls sideways by ${overflow}px`);
  return problems;
}

async function signInDemo(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("demo@fitgap.dev");
  await page.getByLabel("Password").fill("fitgap-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
}

test("every page: no serious or critical axe violations and no sideways scrolling at 1280 and 390 px", async ({ page, browser }) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  const problems: string[] = [];

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of [["landing", "/"], ["sign-in", "/sign-in"], ["sign-up", "/sign-up"]] as const) {
      await page.goto(url);
      problems.push(...(await checkPage(page, name, width)));
    }
  }

  await signInDemo(page);
  const reportUrls = await page.getByRole("list", { name: "Postings" }).getByRole("heading").getByRole("link").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(reportUrls.length).toBeGreaterThanOrEqual(2);
  const ids = reportUrls.slice(0, 2).map((url) => url.split("/").pop());
  await page.goto(reportUrls[0]);
  await page.getByLabel("Label").fill("Accessibility check");
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareField = page.getByRole("list", { name: "Links to this report" }).getByRole("textbox").first();
  await expect(shareField).toHaveValue(/\/r\//, { timeout: 30_000 });
  const shareUrl = await shareField.inputValue();

  const signedIn: [string, string][] = [
    ["dashboard", "/dashboard"],
    ["new-posting", "/jobs/new"],
    ["report", new URL(reportUrls[0]).pathname],
    ["compare", `/compare?ids=${ids.join(",")}`],
    ["profile", "/profile"],
    ["tracks", "/tracks"],
    ["plan", "/plan"],
    ["settings", "/settings"],
  ];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of signedIn) {
      await page.goto(url);
      await expect(page.locator("h1").first()).toBeVisible();
      if (name === "report") await expect(page.getByRole("figure", { name: "Fit history" }).locator(".recharts-surface").first()).toBeVisible();
      problems.push(...(await checkPage(page, name, width)));
      if (["dashboard", "report", "compare"].includes(name)) await page.screenshot({ path: path.join(SCREENS, `${name}-${width}.png`), fullPage: true });
    }
  }

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  for (const width of WIDTHS) {
    await visitorPage.setViewportSize({ width, height: 900 });
    await visitorPage.goto(shareUrl);
    problems.push(...(await checkPage(visitorPage, "shared", width)));
    await visitorPage.screenshot({ path: path.join(SCREENS, `shared-${width}.png`), fullPage: true });
  }
  await visitor.close();

  expect(problems).toEqual([]);
});

test("nav marks the current page, a skip link leads to the content, and failed sign-in keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByLabel("Email").fill("nobody-keeps@test.fitgap.dev");
  await page.getByLabel("Password").fill("wrong password 1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("nobody-keeps@test.fitgap.dev");

  await signInDemo(page);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Study tracks" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Study tracks" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
});
