/**
 * Fetching a job page from a local server of saved pages. The SSRF guard refuses 127.0.0.1, so
 * the tests that read pages pass the test-only allowance; the others show the refusals.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { actAs } from "@/tests/support/action-session";
import { FETCH_LIMITS, fetchJobPage, isPublicAddress } from "@/lib/server/services/fetch-job-page";
import { fetchJobPageAction } from "@/lib/server/actions/job-page";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

jest.setTimeout(60_000);

const PAGES = path.join(__dirname, "../fixtures/job-pages");
let server: http.Server;
let base: string;

beforeAll(async () => {
  // Fetching stores nothing: the person needs no row in the database.
  actAs({ id: "user-for-fetch", email: "fetch@test.fitgap.dev", name: null });
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const hops = Number(url.searchParams.get("hops") ?? 0);
    if (url.pathname === "/redirect") {
      const next = hops > 1 ? `/redirect?hops=${hops - 1}` : "/jobs/with-json-ld";
      response.writeHead(302, { location: next }).end();
    } else if (url.pathname.startsWith("/jobs/")) {
      const file = path.join(PAGES, `${path.basename(url.pathname)}.html`);
      if (!fs.existsSync(file)) return void response.writeHead(404).end("no such job");
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fs.readFileSync(file));
    } else if (url.pathname === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"x".repeat(100_000)}</p>`;
      for (let i = 0; i < 25; i += 1) response.write(chunk);
      response.end();
    } else if (url.pathname === "/slow") {
      setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end("<p>late</p>"), 3_000);
    } else if (url.pathname === "/pdf") {
      response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowed = { allowPrivateAddresses: true };

describe("fetchJobPage", () => {
  it("has the limits the issue asks for", () => {
    expect(FETCH_LIMITS).toEqual({ timeoutMs: 5_000, maxBytes: 2_000_000, maxRedirects: 3 });
  });

  it("fetches a saved page and follows up to 3 redirects", async () => {
    const page = await fetchJobPage(`${base}/jobs/without-json-ld`, allowed);
    expect(page.html).toContain("Backend Engineer (Go)");
    const redirected = await fetchJobPage(`${base}/redirect?hops=3`, allowed);
    expect(redirected.url).toBe(`${base}/jobs/with-json-ld`);
  });

  it.each([
    ["a fourth redirect", "/redirect?hops=4", "That link redirects too many times."],
    ["a page over 2 MB", "/huge", "That page is over 2 MB; paste the posting instead."],
    ["a PDF", "/pdf", "That link is not a web page (HTML); paste the posting instead."],
    ["a missing page", "/jobs/nope", "The site answered 404; check the link, or paste the posting instead."],
  ])("refuses %s", async (_label, pathname, message) => {
    await expect(fetchJobPage(`${base}${pathname}`, allowed)).rejects.toThrow(message);
  });

  it("gives up after the time limit", async () => {
    await expect(fetchJobPage(`${base}/slow`, { ...allowed, timeoutMs: 300 })).rejects.toThrow("That page took over 5 seconds to load; paste the posting instead.");
  });

  it.each([
    ["a loopback address", () => `${base}/jobs/with-json-ld`],
    ["a name that resolves to loopback", () => `${base.replace("127.0.0.1", "localhost")}/jobs/with-json-ld`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network address", () => "http://10.0.0.7/jobs/1"],
    ["IPv6 loopback", () => "http://[::1]/jobs/1"],
    ["IPv4-mapped IPv6 loopback", () => "http://[::ffff:127.0.0.1]/jobs/1"],
  ])("refuses %s without the test-only allowance", async (_label, url) => {
    await expect(fetchJobPage(url())).rejects.toThrow("That address is on a private network; Fitgap only fetches public pages.");
  });

  it.each([["ftp://example.com/job.html"], ["file:///etc/passwd"], ["javascript:alert(1)"], ["not a url"]])("refuses %s", async (url) => {
    await expect(fetchJobPage(url)).rejects.toThrow(/Only http and https|full address/);
  });

  it.each([
    ["8.8.8.8", true],
    ["2606:4700:4700::1111", true],
    ["127.0.0.1", false],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["::1", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["::ffff:10.0.0.1", false],
  ])("judges %s public: %p", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("fetchJobPageAction", () => {
  const saved = process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH;
    else process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH = saved;
  });

  function form(url: string) {
    const data = new FormData();
    data.set("url", url);
    return data;
  }

  it("fills the posting form from the page's job data", async () => {
    process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH = "1";
    const state = await fetchJobPageAction(EMPTY_FORM_STATE, form(`${base}/jobs/with-json-ld`));
    expect(state).toMatchObject({ ok: true, message: "Filled in from the page's job data. Check it, then Analyze." });
    expect(state.posting).toMatchObject({ title: "Senior Data Engineer", company: "Northwind Analytics", source: "json-ld" });
  });

  it("refuses a local address when the allowance is off, with the address kept in the field", async () => {
    delete process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH;
    const state = await fetchJobPageAction(EMPTY_FORM_STATE, form(`${base}/jobs/with-json-ld`));
    expect(state).toMatchObject({ ok: false, message: "That address is on a private network; Fitgap only fetches public pages.", values: { url: `${base}/jobs/with-json-ld` } });
    expect(state.posting).toBeUndefined();
  });

  it("says what is wrong with a non-http address", async () => {
    const state = await fetchJobPageAction(EMPTY_FORM_STATE, form("ftp://example.com/x"));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.url).toEqual(["Use an http(s) link, like https://jobs.example.com/123."]);
  });
});
