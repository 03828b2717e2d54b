// The browser for the Playwright journeys, found before any test runs: CHROMIUM_PATH, then the
// system's Chromium, then Playwright's own (installed on first use where the machine can reach
// Playwright's download server). Without any, `npm test` stops at once with the one command to run.
import fs from "node:fs";
import path from "node:path";
import { log, run } from "./run.mjs";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

async function playwrightChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const file = chromium.executablePath();
    return file && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

export async function findBrowser() {
  const configured = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM].find((file) => file && fs.existsSync(file));
  return configured ?? (await playwrightChromium());
}

/** The browser's path, installing Playwright's Chromium when there is none; throws with the fix otherwise. */
export async function ensureBrowser(env) {
  const found = await findBrowser();
  if (found) return found;
  log("no Chromium found: installing Playwright's (npx playwright install chromium)...");
  await run(path.join("node_modules", ".bin", "playwright"), ["install", "chromium"], { env });
  const installed = await playwrightChromium();
  if (installed) return installed;
  throw new Error(
    "No browser for the end-to-end tests. Install one, then run npm test again:\n" +
      "  npx playwright install --with-deps chromium      (or: sudo apt-get install chromium, or set CHROMIUM_PATH)",
  );
}
