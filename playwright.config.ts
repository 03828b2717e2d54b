import fs from "node:fs";
import { defineConfig } from "@playwright/test";

/** CHROMIUM_PATH (npm test sets it, see scripts/lib/browser.mjs), else Debian's Chromium, else Playwright's own browser. */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
}

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // The production server itself (node directly, not npx: killing npx would orphan the server).
    command: `node scripts/serve.mjs -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    // The saved job pages of the URL-import test are served on 127.0.0.1: allow that, for tests only.
    // TRUST_PROXY=1: the tests stand in for one proxy, so a test can give its requests their own
    // X-Forwarded-For address and keep its throttles apart from the others'.
    env: { NEXTAUTH_URL: `http://localhost:${port}`, FITGAP_TEST_ALLOW_PRIVATE_FETCH: "1", TRUST_PROXY: "1" },
  },
});
