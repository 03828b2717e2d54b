/**
 * The REST API's real route handlers against the real database. Only next-auth's session lookup
 * is replaced (there are no cookies in a Jest process); API tokens are real.
 */
// Nobody is signed in by cookie: these callers use API tokens.
import "@/tests/support/action-session";

import { db } from "@/lib/server/db";
import { createApiToken, revokeApiToken } from "@/lib/server/data/api-tokens";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";
import { call } from "@/tests/support/api-requests";
import * as analyzeRoute from "@/app/api/v1/analyze/route";
import * as postingsRoute from "@/app/api/v1/postings/route";
import * as postingRoute from "@/app/api/v1/postings/[id]/route";
import * as reportRoute from "@/app/api/v1/postings/[id]/report/route";
import * as profileRoute from "@/app/api/v1/profile/route";
import * as jsonResumeRoute from "@/app/api/v1/profile/json-resume/route";
import * as tracksRoute from "@/app/api/v1/tracks/route";
import * as progressRoute from "@/app/api/v1/tracks/[id]/progress/route";
import * as studyNextRoute from "@/app/api/v1/study-next/route";
import * as icsRoute from "@/app/api/v1/plans/[id]/ics/route";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

const PROFILE_FILE = {
  skills: [
    { name: "Python", level: 8, years: 6 },
    { name: "Postgres", level: 6, years: 4 },
  ],
  tracks: [{ title: "AWS Solutions Architect course", skills: ["AWS"], done: 2, total: 10, unit: "module" }],
};

async function userWithToken(prefix: string) {
  const user = await createTestUser(prefix);
  const { token, info } = await createApiToken(user.id, "test");
  return { user, token, tokenId: info.id };
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  return { status: response.status, code: body.error.code };
}

describe("authentication", () => {
  it("answers 401 in the one error shape without a token, with a malformed one, and with a revoked one", async () => {
    const { user, token, tokenId } = await userWithToken("auth");
    expect(await errorOf(await call(postingsRoute.GET, { path: "/postings" }))).toEqual({ status: 401, code: "unauthenticated" });
    expect(await errorOf(await call(postingsRoute.GET, { path: "/postings", token: "fgp_not-a-real-token" }))).toEqual({ status: 401, code: "unauthenticated" });
    expect((await call(postingsRoute.GET, { path: "/postings", token })).status).toBe(200);
    await revokeApiToken(user.id, tokenId);
    expect(await errorOf(await call(postingsRoute.GET, { path: "/postings", token }))).toEqual({ status: 401, code: "unauthenticated" });
  });

  it("stores only a hash of the token", async () => {
    const { user, token } = await userWithToken("hash");
    const rows = await db.apiToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token.slice(10));
    expect(token).toMatch(/^fgp_[A-Za-z0-9_-]{43}$/);
  });
});

describe("postings", () => {
  it("creates, lists, reads, reports and deletes a posting of its owner", async () => {
    const { token } = await userWithToken("postings");
    const created = await call(postingsRoute.POST, { method: "POST", path: "/postings", token, json: { description: LLM_POSTING, company: "Acme" } });
    expect(created.status).toBe(201);
    const posting = (await created.json()) as { id: string; company: string; requirements: { kind: string; skills: { id: string }[] }[] };
    expect(posting.company).toBe("Acme");
    expect(posting.requirements.some((r) => r.kind === "must" && r.skills.some((s) => s.id === "postgresql"))).toBe(true);

    const list = (await (await call(postingsRoute.GET, { path: "/postings", token })).json()) as { postings: { id: string }[] };
    expect(list.postings.map((p) => p.id)).toEqual([posting.id]);

    const detail = await call(postingRoute.GET, { path: `/postings/${posting.id}`, token, params: { id: posting.id } });
    expect(((await detail.json()) as { id: string }).id).toBe(posting.id);

    const report = (await (await call(reportRoute.GET, { path: `/postings/${posting.id}/report`, token, params: { id: posting.id } })).json()) as { report: { fit: number; requirements: unknown[] } };
    expect(report.report.fit).toBe(0);
    expect(report.report.requirements.length).toBe(posting.requirements.length);

    expect((await call(postingRoute.DELETE, { method: "DELETE", path: `/postings/${posting.id}`, token, params: { id: posting.id } })).status).toBe(200);
    expect((await errorOf(await call(postingRoute.GET, { path: `/postings/${posting.id}`, token, params: { id: posting.id } }))).status).toBe(404);
  });

  it("answers 404 for another user's posting, on read, report and delete, and deletes nothing", async () => {
    const owner = await userWithToken("owner");
    const other = await userWithToken("other");
    const created = (await (await call(postingsRoute.POST, { method: "POST", path: "/postings", token: owner.token, json: { description: LLM_POSTING } })).json()) as { id: string };
    const params = { id: created.id };
    expect(await errorOf(await call(postingRoute.GET, { token: other.token, params }))).toEqual({ status: 404, code: "not_found" });
    expect(await errorOf(await call(reportRoute.GET, { token: other.token, params }))).toEqual({ status: 404, code: "not_found" });
    expect(await errorOf(await call(postingRoute.DELETE, { method: "DELETE", token: other.token, params }))).toEqual({ status: 404, code: "not_found" });
    expect(await db.posting.count({ where: { id: created.id } })).toBe(1);
  });

  it.each([
    ["a body that is not JSON (415)", { body: "description=hello", contentType: "application/x-www-form-urlencoded" }, 415, "unsupported_media_type"],
    ["broken JSON (400)", { body: "{ not json" }, 400, "invalid_input"],
    ["an empty description (400)", { json: { description: "   " } }, 400, "invalid_input"],
    ["a description over 50,000 characters (400)", { json: { description: "Python required. ".repeat(4_000) } }, 400, "invalid_input"],
    ["a body over 1 MB (413)", { json: { description: "x".repeat(1_100_000) } }, 413, "payload_too_large"],
  ])("refuses %s and stores nothing", async (_label, body, status, code) => {
    const { user, token } = await userWithToken("bad-body");
    expect(await errorOf(await call(postingsRoute.POST, { method: "POST", token, ...body }))).toEqual({ status, code });
    expect(await db.posting.count({ where: { userId: user.id } })).toBe(0);
  });

  it("says which field is wrong", async () => {
    const { token } = await userWithToken("field");
    const response = await call(postingsRoute.POST, { method: "POST", token, json: { description: LLM_POSTING, title: "t".repeat(300) } });
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe("title: Title must be at most 200 characters.");
  });
});

describe("analyze", () => {
  it("extracts and, with a profile file, scores without storing anything", async () => {
    const { user, token } = await userWithToken("analyze");
    const plain = (await (await call(analyzeRoute.POST, { method: "POST", token, json: { text: LLM_POSTING } })).json()) as { requirements: unknown[]; report: unknown };
    expect(plain.requirements.length).toBeGreaterThan(2);
    expect(plain.report).toBeNull();
    const scored = (await (await call(analyzeRoute.POST, { method: "POST", token, json: { text: LLM_POSTING, profile: PROFILE_FILE } })).json()) as { report: { fit: number } };
    expect(scored.report.fit).toBeGreaterThan(0);
    expect(await db.posting.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.profileSkill.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects a profile file a form would reject (400)", async () => {
    const { token } = await userWithToken("analyze-bad");
    const response = await call(analyzeRoute.POST, { method: "POST", token, json: { text: LLM_POSTING, profile: { skills: [{ name: "Go", level: "Master" }] } } });
    expect(await errorOf(response)).toEqual({ status: 400, code: "invalid_input" });
  });
});

describe("profile, tracks and study-next", () => {
  it("replaces the profile with PUT and gives it back with GET", async () => {
    const { user, token } = await userWithToken("profile");
    await db.profileSkill.create({ data: { userId: user.id, name: "COBOL", nameKey: "cobol", level: 3 } });
    const put = await call(profileRoute.PUT, { method: "PUT", token, json: PROFILE_FILE });
    expect(await put.json()).toEqual({ skills: 2, tracks: 1 });
    const file = (await (await call(profileRoute.GET, { token })).json()) as { skills: { name: string; level: number }[]; tracks: { title: string; done: number }[] };
    expect(file.skills.map((s) => s.name).sort()).toEqual(["PostgreSQL", "Python"]);
    expect(file.tracks).toMatchObject([{ title: "AWS Solutions Architect course", done: 2 }]);
    const resume = (await (await call(jsonResumeRoute.GET, { token })).json()) as { skills: { name: string; level: string }[] };
    expect(resume.skills[0]).toEqual({ name: "Python", level: "Advanced", keywords: [] });
  });

  it("records track progress for the owner only, and refuses more units than the track has", async () => {
    const owner = await userWithToken("track");
    const other = await userWithToken("track-other");
    await call(profileRoute.PUT, { method: "PUT", token: owner.token, json: PROFILE_FILE });
    const { tracks } = (await (await call(tracksRoute.GET, { token: owner.token })).json()) as { tracks: { id: string; title: string; unitsDone: number }[] };
    expect(tracks).toMatchObject([{ title: "AWS Solutions Architect course", unitsDone: 2 }]);
    expect(((await (await call(tracksRoute.GET, { token: other.token })).json()) as { tracks: unknown[] }).tracks).toEqual([]);
    const track = tracks[0];
    const params = { id: track.id };
    const ok = await call(progressRoute.POST, { method: "POST", token: owner.token, params, json: { unitsDone: 5, date: "2026-12-01" } });
    expect(await ok.json()).toEqual({ trackId: track.id, unitsDone: 5, date: "2026-12-01" });
    expect(await errorOf(await call(progressRoute.POST, { method: "POST", token: other.token, params, json: { unitsDone: 6 } }))).toEqual({ status: 404, code: "not_found" });
    expect(await errorOf(await call(progressRoute.POST, { method: "POST", token: owner.token, params, json: { unitsDone: 11 } }))).toEqual({ status: 400, code: "invalid_input" });
    expect(await errorOf(await call(progressRoute.POST, { method: "POST", token: owner.token, params, json: { unitsDone: -1 } }))).toEqual({ status: 400, code: "invalid_input" });
    expect((await db.studyTrack.findUniqueOrThrow({ where: { id: track.id } })).unitsDone).toBe(5);
  });

  it("ranks what to study next across the postings", async () => {
    const { token } = await userWithToken("study-next");
    await call(postingsRoute.POST, { method: "POST", token, json: { description: LLM_POSTING } });
    const body = (await (await call(studyNextRoute.GET, { path: "/study-next?limit=3", token })).json()) as { items: { name: string; gain: number; postings: { id: string }[] }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(3);
    expect(body.items[0].gain).toBeGreaterThan(0);
    expect(await errorOf(await call(studyNextRoute.GET, { path: "/study-next?limit=0", token }))).toEqual({ status: 400, code: "invalid_input" });
  });

  it("does not let another user revoke a token", async () => {
    const owner = await userWithToken("revoke-owner");
    const other = await createTestUser("revoke-other");
    await expect(revokeApiToken(other.id, owner.tokenId)).rejects.toThrow("That token does not exist, is already revoked, or is not yours.");
    expect((await call(postingsRoute.GET, { token: owner.token })).status).toBe(200);
  });

  it("answers 404 for another user's plan calendar", async () => {
    const { token } = await userWithToken("ics");
    expect(await errorOf(await call(icsRoute.GET, { token, params: { id: "no-such-plan" } }))).toEqual({ status: 404, code: "not_found" });
  });
});

describe("rate limit", () => {
  const saved = process.env.API_RATE_LIMIT_PER_MINUTE;
  afterEach(() => {
    if (saved === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
    else process.env.API_RATE_LIMIT_PER_MINUTE = saved;
  });

  it("answers 429 with Retry-After past the limit", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const { token } = await userWithToken("limit");
    for (let i = 0; i < 3; i += 1) expect((await call(postingsRoute.GET, { token })).status).toBe(200);
    const limited = await call(postingsRoute.GET, { token });
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await errorOf(limited)).toEqual({ status: 429, code: "rate_limited" });
  });
});
