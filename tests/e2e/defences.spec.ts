import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueClientAddress } from "./helpers";

test("pages carry a nonce-based CSP and run without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const policy = response!.headers()["content-security-policy"];
  const scriptSource = /script-src ([^;]+)/.exec(policy)![1];
  expect(scriptSource).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSource).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  // Served over plain http here: no HSTS, no Secure-only cookie prefix.
  expect(response!.headers()["strict-transport-security"]).toBeUndefined();
  await signUp(page, "csp");
  await page.goto("/profile");
  await expect(page.getByRole("button", { name: "Add skill" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("signing out ends the session: the old cookie no longer opens the dashboard", async ({ page, browser }) => {
  await signUp(page, "signout");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  const api = await replay.request.get("/api/v1/profile");
  expect(api.status()).toBe(401);
  await replay.close();
});

test("repeated wrong passwords are throttled with a message that does not tell whether the email exists", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientAddress() });
  const email = `nobody-${Date.now()}@test.fitgap.dev`;
  await page.goto("/sign-in");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another guess 11");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/)).toBeVisible();
});

test("sign-up with an email that has an account tells nothing: its own password signs in, another reads like a wrong password", async ({ page, browser }) => {
  const email = await signUp(page, "taken");
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientAddress() });
  await visitor.goto("/sign-up");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill("another password 9");
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText("Could not sign you in with these details. If you already have an account, sign in with its password.")).toBeVisible({ timeout: 30_000 });
  await expect(visitor).toHaveURL(/\/sign-up$/);
  await expect(visitor.getByLabel("Email")).toHaveValue(email);
  // The same email with its own password: simply signed in.
  await visitor.getByLabel("Password").fill("e2e password 2026");
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await context.close();
});

test("downloads of private data are not cached, and odd ids are not found", async ({ page }) => {
  await signUp(page, "nostore");
  const exported = await page.request.get("/api/v1/profile");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["cache-control"]).toBe("no-store");
  const odd = await page.request.get("/api/v1/plans/abc%00def/ics");
  expect(odd.status()).toBe(404);
  expect((await odd.json()).error.message).toMatch(/does not exist or is not yours/);
});

test("hand-made server-action bodies get a 4xx, never a 500", async ({ page, request }) => {
  // Learn the sign-up action's id from the browser's own request.
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`short-${Date.now()}@test.fitgap.dev`);
  await page.getByLabel("Password").fill("short");
  const [actionRequest] = await Promise.all([
    page.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"])),
    page.getByRole("button", { name: "Create account" }).click(),
  ]);
  const action = actionRequest.headers()["next-action"];
  const post = (headers: Record<string, string>, data: string | Buffer) => request.post("/sign-up", { headers: { "next-action": action, ...headers }, data });

  expect((await post({ "content-type": "text/plain;charset=UTF-8" }, "hello, not JSON")).status()).toBe(400);
  expect((await post({ "content-type": "text/plain;charset=UTF-8" }, '{"email":"x"}')).status()).toBe(400);
  expect((await post({ "content-type": "application/json" }, '{"email":"x"}')).status()).toBe(415);
  expect((await post({ "content-type": "application/xml" }, "<a/>")).status()).toBe(415);
  const huge = await post({ "content-type": "multipart/form-data; boundary=x" }, Buffer.alloc(5 * 1024 * 1024, "a"));
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toMatch(/over 1 MB/);
  // A JSON array of arguments decodes, and the action itself refuses what is not a form.
  const notAForm = await post({ "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, '["$undefined", {"email": "x"}]');
  expect(notAForm.status()).toBe(200);
  expect(await notAForm.text()).toContain("not a form submission");
});

test("a paste over the limit is stopped in the browser, counting line breaks once", async ({ page }) => {
  await signUp(page, "bigpaste");
  await page.goto("/jobs/new");
  let posted = false;
  page.on("request", (candidate) => {
    if (candidate.method() === "POST") posted = true;
  });
  const tooLong = "Experience with Python is required.\n".repeat(1_500); // 54,000 characters
  await page.getByLabel("Job description").fill(tooLong);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByText("Nothing was sent: please shorten the description.")).toBeVisible();
  await expect(page.getByLabel("Job description")).toHaveValue(tooLong);
  expect(posted).toBe(false);

  // 1,350 lines: 48,600 characters as typed, though the browser sends each line break as CR+LF.
  const fits = "Experience with Python is required.\n".repeat(1_350);
  await page.getByLabel("Job description").fill(fits);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/, { timeout: 60_000 });
});
