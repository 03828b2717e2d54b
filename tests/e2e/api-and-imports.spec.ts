import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";


test("create an API token on Settings, use it, revoke it", async ({ page, request }) => {
  await signUp(page, "token");
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create API token" }).click();
  const field = page.getByLabel("API token");
  await expect(field).toHaveValue(/^fgp_[A-Za-z0-9_-]{43}$/);
  const token = await field.inputValue();

  const ok = await request.get("/api/v1/postings", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ postings: [] });

  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  const revoked = await request.get("/api/v1/postings", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("unauthenticated");
});

test("fetch a job page by URL, check the filled form, analyze it", async ({ page }) => {
  const html = fs.readFileSync(path.join(__dirname, "../fixtures/job-pages/with-json-ld.html"));
  const server = http.createServer((_request, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  // Port 0: the system picks a free port, so runs side by side never meet on a fixed one.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const pagesPort = (server.address() as AddressInfo).port;
  try {
    await signUp(page, "fetch");
    await page.goto("/jobs/new");
    await page.getByLabel("Job page URL").fill(`http://127.0.0.1:${pagesPort}/careers/senior-data-engineer`);
    await page.getByRole("button", { name: "Fetch" }).click();
    await expect(page.getByText("Filled in from the page's job data. Check it, then Analyze.")).toBeVisible();
    await expect(page.getByLabel("Job description")).toHaveValue(/Build and operate pipelines in Python and SQL on Snowflake/);
    await expect(page.getByLabel("Company")).toHaveValue("Northwind Analytics");
    await page.getByRole("button", { name: "Analyze" }).click();
    await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
    await expect(page.getByText("Build and operate pipelines in Python and SQL on Snowflake").first()).toBeVisible();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("the API reference renders the generated OpenAPI document", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: /Fitgap API/ })).toBeVisible();
  await expect(page.getByText("/postings/{id}/report")).toBeVisible();
});
