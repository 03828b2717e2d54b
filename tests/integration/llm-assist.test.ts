/**
 * The optional LLM assist against a local server that speaks the OpenAI chat completions API:
 * suggestions grounded in the posting are stored and marked, invented ones are not, every failure
 * falls back to the deterministic extraction, and with the variables unset nothing is fetched.
 */
jest.mock("@/lib/server/auth", () => ({ getSessionUser: async () => null }));

import diagnostics from "node:diagnostics_channel";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/data/api-tokens";
import { getPosting } from "@/lib/server/services/postings";
import { createAnalyzedPosting } from "@/lib/server/services/create-posting";
import { assistAnalysis } from "@/lib/server/services/llm-assist";
import { reanalyzeIfOutdated, reanalyzePosting } from "@/lib/server/services/reanalysis";
import { call } from "@/tests/support/api-requests";
import { createTestUser } from "@/tests/support/factories";
import { startFakeLlmServer, type FakeLlmBehaviour, type FakeLlmServer } from "@/tests/support/fake-llm-server";
import * as analyzeRoute from "@/app/api/v1/analyze/route";
import * as postingsRoute from "@/app/api/v1/postings/route";
import * as postingRoute from "@/app/api/v1/postings/[id]/route";
import * as reportRoute from "@/app/api/v1/postings/[id]/report/route";
import { LLM_ASSIST_POSTING } from "@/tests/support/llm-assist-posting";

jest.setTimeout(60_000);


/** What a model might answer: two grounded suggestions, an invented skill, and a quote the posting does not hold. */
const ANSWER = JSON.stringify({
  requirements: [
    { quote: "5+ years of Python and SQL", kind: "must", minYears: 5, skills: [{ name: "Python", evidence: "Python" }, { name: "Haskell", evidence: "Haskell" }] },
    { quote: "You have shipped Flurbo services to production", kind: "must", minYears: null, skills: [{ name: "Flurbo", evidence: "Flurbo" }] },
    { quote: "Build pipelines with Dagster and own our data platform.", kind: "must", minYears: null, skills: [{ name: "Dagster", evidence: "Dagster" }] },
    { quote: "Deep knowledge of Terraform", kind: "must", minYears: null, skills: [{ name: "Terraform", evidence: "Terraform" }] },
  ],
});

const ANALYZED = analyzePosting(LLM_ASSIST_POSTING);
const DETERMINISTIC = ANALYZED.analysis.requirements;
const TODAY = "2026-12-03";
const ENV_KEYS = ["LLM_BASE_URL", "LLM_MODEL", "LLM_API_KEY", "LLM_TIMEOUT_MS"] as const;

let llm: FakeLlmServer;
const logged: string[] = [];
let warnSpy: jest.SpyInstance;

function turnOn(behaviour: FakeLlmBehaviour = "answer", timeoutMs = 5_000) {
  llm.behaviour = behaviour;
  process.env.LLM_BASE_URL = llm.baseUrl;
  process.env.LLM_MODEL = "fake-model:7b";
  process.env.LLM_API_KEY = "test-key-123";
  process.env.LLM_TIMEOUT_MS = String(timeoutMs);
}

function turnOff() {
  for (const key of ENV_KEYS) delete process.env[key];
}

beforeAll(async () => {
  llm = await startFakeLlmServer();
  llm.content = ANSWER;
  // The server log is where fallback reasons go; it is read here, and kept out of the test output.
  warnSpy = jest.spyOn(console, "warn").mockImplementation((message: string) => void logged.push(String(message)));
});
beforeEach(() => {
  logged.length = 0;
  llm.received.length = 0;
  turnOff();
});
afterAll(async () => {
  turnOff();
  warnSpy.mockRestore();
  await llm.close();
  await db.$disconnect();
});

const sources = (requirements: { text: string; source?: string; skills: { id: string; source?: string }[] }[]) =>
  requirements.map((requirement) => ({ text: requirement.text, source: requirement.source ?? "extractor", llmSkills: requirement.skills.filter((skill) => skill.source === "llm").map((skill) => skill.id) }));

describe("with the assist on", () => {
  it("stores the grounded suggestions, marked, and drops what the posting does not say", async () => {
    turnOn();
    const user = await createTestUser("llm");
    const { id } = await createAnalyzedPosting(user.id, { description: LLM_ASSIST_POSTING, title: null, company: null }, TODAY);

    const posting = await getPosting(user.id, id);
    expect(posting.llmAssist).toBe("used");
    const ids = posting.analysis.skills.map((skill) => skill.id);
    expect(ids).toEqual(expect.arrayContaining(["python", "sql", "postgresql", "kubernetes", "new:flurbo", "dagster"]));
    expect(ids).not.toContain("haskell");
    expect(ids).not.toContain("terraform");
    const marked = sources(posting.analysis.requirements).filter((row) => row.source === "llm" || row.llmSkills.length > 0);
    expect(marked).toEqual([
      { text: "You have shipped Flurbo services to production", source: "extractor", llmSkills: ["new:flurbo"] },
      { text: "Build pipelines with Dagster and own our data platform", source: "llm", llmSkills: ["dagster"] },
    ]);
    // The extractor's own rows are all still there, unchanged apart from the added skill.
    for (const requirement of DETERMINISTIC) expect(posting.analysis.requirements.map((row) => row.text)).toContain(requirement.text);

    const rows = await db.requirement.findMany({ where: { postingId: id }, orderBy: { position: "asc" } });
    expect(rows.filter((row) => row.source === "llm").map((row) => row.text)).toEqual(["Build pipelines with Dagster and own our data platform"]);
    expect(rows.find((row) => row.text.includes("Flurbo"))!.skills).toEqual([{ id: "new:flurbo", name: "Flurbo", source: "llm" }]);

    expect(logged.join("\n")).toMatch(/dropped 1 quote\(s\) not in the posting and 2 ungrounded skill\(s\)/);
  });

  it("sends one OpenAI-style request: the model, the key as a Bearer token, the posting text", async () => {
    turnOn();
    await assistAnalysis(ANALYZED.text, ANALYZED.analysis);
    expect(llm.received).toHaveLength(1);
    const [request] = llm.received;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.authorization).toBe("Bearer test-key-123");
    expect(request.body).toMatchObject({ model: "fake-model:7b", temperature: 0, stream: false, response_format: { type: "json_object" } });
    expect(request.body.messages!.at(-1)!.content).toContain("You have shipped Flurbo services to production");
  });

  it("marks the suggestions in the API: analyze, posting detail and report", async () => {
    turnOn();
    const user = await createTestUser("llm-api");
    const { token } = await createApiToken(user.id, "test");

    const analyzed = await (await call(analyzeRoute.POST, { method: "POST", path: "/analyze", token, json: { text: LLM_ASSIST_POSTING } })).json();
    expect(analyzed.llmAssist).toBe("used");
    const dagster = analyzed.requirements.find((row: { text: string }) => row.text.includes("Dagster"));
    expect(dagster).toMatchObject({ source: "llm", skills: [{ id: "dagster", name: "Dagster", source: "llm" }] });
    expect(analyzed.requirements.find((row: { text: string }) => row.text.startsWith("5+ years"))).toMatchObject({
      source: "extractor",
      skills: [{ id: "python", source: "extractor" }, { id: "sql", source: "extractor" }],
    });

    const created = await call(postingsRoute.POST, { method: "POST", path: "/postings", token, json: { description: LLM_ASSIST_POSTING } });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const detail = await (await call(postingRoute.GET, { path: `/postings/${id}`, token, params: { id } })).json();
    expect(detail.llmAssist).toBe("used");
    expect(detail.requirements.filter((row: { source: string }) => row.source === "llm").map((row: { text: string }) => row.text)).toEqual([
      "Build pipelines with Dagster and own our data platform",
    ]);
    const { report } = await (await call(reportRoute.GET, { path: `/postings/${id}/report`, token, params: { id } })).json();
    expect(report.requirements.find((row: { text: string }) => row.text.includes("Dagster")).source).toBe("llm");
    expect(report.requirements.find((row: { text: string }) => row.text.includes("Postgres")).source).toBe("extractor");
  });

  it("asks again on Re-analyze, and keeps the earlier suggestions when the model then fails", async () => {
    turnOn();
    const user = await createTestUser("llm-re");
    const { id } = await createAnalyzedPosting(user.id, { description: LLM_ASSIST_POSTING, title: null, company: null }, TODAY);
    const before = sources((await getPosting(user.id, id)).analysis.requirements);

    turnOn("error-500");
    await reanalyzePosting(user.id, id);
    const failed = await getPosting(user.id, id);
    expect(failed.llmAssist).toBe("unavailable");
    expect(sources(failed.analysis.requirements)).toEqual(before);

    turnOff();
    await reanalyzePosting(user.id, id);
    expect(sources((await getPosting(user.id, id)).analysis.requirements)).toEqual(before);

    turnOn();
    llm.content = JSON.stringify({ requirements: [] });
    try {
      await reanalyzePosting(user.id, id);
    } finally {
      llm.content = ANSWER;
    }
    const fresh = await getPosting(user.id, id);
    expect(fresh.llmAssist).toBe("used");
    expect(sources(fresh.analysis.requirements)).toEqual(sources(DETERMINISTIC));
  });

  it("keeps the suggestions through an extractor upgrade without asking the model (pages do that while rendering)", async () => {
    turnOn();
    const user = await createTestUser("llm-upgrade");
    const { id } = await createAnalyzedPosting(user.id, { description: LLM_ASSIST_POSTING, title: null, company: null }, TODAY);
    const before = sources((await getPosting(user.id, id)).analysis.requirements);
    await db.posting.update({ where: { id }, data: { extractorVersion: 1 } });
    llm.received.length = 0;

    expect(await reanalyzeIfOutdated(user.id, id)).toBe(true);
    expect(llm.received).toHaveLength(0);
    const after = await getPosting(user.id, id);
    expect(sources(after.analysis.requirements)).toEqual(before);
    expect(after.llmAssist).toBe("used");
  });
});

/** A loopback port that was just free: listened on, then closed. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("falling back to the deterministic extraction", () => {
  it.each<[string, FakeLlmBehaviour, RegExp]>([
    ["an answer slower than the timeout", "slow", /no answer within 500 ms/],
    ["a 500", "error-500", /HTTP 500/],
    ["garbage instead of JSON", "garbage", /not JSON/],
    ["JSON of the wrong shape", "wrong-schema", /does not match the schema \(requirements\.0\.quote/],
  ])("on %s: stores the extractor's requirements, says the assist was unavailable, logs why", async (_name, behaviour, reason) => {
    turnOn(behaviour, 500);
    const user = await createTestUser("llm-fallback");
    const { id } = await createAnalyzedPosting(user.id, { description: LLM_ASSIST_POSTING, title: null, company: null }, TODAY);
    const posting = await getPosting(user.id, id);
    expect(posting.llmAssist).toBe("unavailable");
    expect(sources(posting.analysis.requirements)).toEqual(sources(DETERMINISTIC));
    expect(llm.received).toHaveLength(1);
    expect(logged.join("\n")).toMatch(reason);
    expect(logged.join("\n")).toMatch(/LLM assist unavailable, deterministic extraction used/);
  });

  it("when nothing listens at the address", async () => {
    turnOn();
    process.env.LLM_BASE_URL = `http://127.0.0.1:${await closedPort()}/v1`;
    const result = await assistAnalysis(ANALYZED.text, ANALYZED.analysis);
    expect(result.llmAssist).toBe("unavailable");
    expect(logged.join("\n")).toMatch(/network error/);
  });

  it("when the configuration is invalid, without fetching", async () => {
    process.env.LLM_MODEL = "fake-model:7b"; // no LLM_BASE_URL
    const result = await assistAnalysis(ANALYZED.text, ANALYZED.analysis);
    expect(result).toMatchObject({ llmAssist: "unavailable" });
    expect(logged.join("\n")).toMatch(/LLM_BASE_URL and LLM_MODEL must be set together/);
    expect(llm.received).toHaveLength(0);
  });
});

describe("with the variables unset", () => {
  /** Every request Node's fetch (undici) or its http module starts, seen without replacing either. */
  function watchRequests(): { count: () => number; stop: () => void } {
    let requests = 0;
    const seen = () => void requests++;
    const channels = ["undici:request:create", "http.client.request.start"];
    for (const name of channels) diagnostics.subscribe(name, seen);
    return { count: () => requests, stop: () => channels.forEach((name) => diagnostics.unsubscribe(name, seen)) };
  }

  it("fetches nothing: paste, API analyze, API posting, Re-analyze", async () => {
    const user = await createTestUser("llm-off");
    const { token } = await createApiToken(user.id, "test");
    const watch = watchRequests();
    try {
      const { id } = await createAnalyzedPosting(user.id, { description: LLM_ASSIST_POSTING, title: null, company: null }, TODAY);
      const analyzed = await (await call(analyzeRoute.POST, { method: "POST", path: "/analyze", token, json: { text: LLM_ASSIST_POSTING } })).json();
      const created = await call(postingsRoute.POST, { method: "POST", path: "/postings", token, json: { description: LLM_ASSIST_POSTING } });
      await reanalyzePosting(user.id, id);

      expect(watch.count()).toBe(0);
      expect(llm.received).toHaveLength(0);
      expect(analyzed.llmAssist).toBe("off");
      expect(analyzed.requirements.every((row: { source: string }) => row.source === "extractor")).toBe(true);
      expect((await created.json()).llmAssist).toBe("off");
      const posting = await getPosting(user.id, id);
      expect(posting.llmAssist).toBeNull();
      expect(sources(posting.analysis.requirements)).toEqual(sources(DETERMINISTIC));
    } finally {
      watch.stop();
    }
  });

  it("(the probe itself sees a request once the assist is on)", async () => {
    turnOn();
    const watch = watchRequests();
    try {
      await assistAnalysis(ANALYZED.text, ANALYZED.analysis);
      expect(watch.count()).toBeGreaterThan(0);
    } finally {
      watch.stop();
    }
  });
});
