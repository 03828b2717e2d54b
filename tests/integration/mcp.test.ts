/**
 * The MCP server end to end with the SDK's own client: over Streamable HTTP against the real
 * /api/mcp route handler, and over stdio against `scripts/mcp.ts`, which reaches the real REST
 * route handlers (served by a local HTTP server) with an API token. Real database throughout.
 */
// Nobody is signed in by cookie: these callers use API tokens.
import "@/tests/support/action-session";

import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { db } from "@/lib/server/db";
import { createApiToken, revokeApiToken } from "@/lib/server/data/api-tokens";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";
import { dispatch, startApiServer } from "@/tests/support/api-server";

jest.setTimeout(90_000);
afterAll(() => db.$disconnect());

const TOOLS = ["add_posting", "analyze_job", "get_gap_report", "list_postings", "list_tracks", "update_track_progress", "what_to_study_next"];

async function userWithToken(prefix: string) {
  const user = await createTestUser(prefix);
  const { token, info } = await createApiToken(user.id, "mcp test");
  return { user, token, tokenId: info.id };
}

function textOf(result: Awaited<ReturnType<Client["callTool"]>>): string {
  return (result.content as { type: string; text: string }[]).map((part) => part.text).join("");
}

async function httpClient(token: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL("http://localhost/api/mcp"), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
    fetch: (url, init) => dispatch(new Request(url, init)),
  });
  const client = new Client({ name: "fitgap-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** Every tool, the same way over either transport. */
async function exerciseTools(client: Client, otherPostingId: string) {
  const { tools } = await client.listTools();
  expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);

  const added = await client.callTool({ name: "add_posting", arguments: { description: LLM_POSTING, company: "Acme" } });
  expect(added.isError).toBeFalsy();
  const posting = JSON.parse(textOf(added)) as { id: string; company: string };
  expect(posting.company).toBe("Acme");

  const list = JSON.parse(textOf(await client.callTool({ name: "list_postings", arguments: {} }))) as { postings: { id: string }[] };
  expect(list.postings.map((p) => p.id)).toContain(posting.id);

  const report = JSON.parse(textOf(await client.callTool({ name: "get_gap_report", arguments: { posting_id: posting.id } }))) as { report: { fit: number } };
  expect(report.report.fit).toBeGreaterThan(0);

  const analyzed = JSON.parse(textOf(await client.callTool({ name: "analyze_job", arguments: { text: LLM_POSTING } }))) as { requirements: unknown[]; report: { fit: number } | null };
  expect(analyzed.requirements.length).toBeGreaterThan(2);
  expect(analyzed.report?.fit).toBe(report.report.fit);

  const next = JSON.parse(textOf(await client.callTool({ name: "what_to_study_next", arguments: { limit: 2 } }))) as { items: { name: string }[] };
  expect(next.items.length).toBeGreaterThan(0);

  const { tracks } = JSON.parse(textOf(await client.callTool({ name: "list_tracks", arguments: {} }))) as { tracks: { id: string; title: string; unitsTotal: number }[] };
  expect(tracks).toMatchObject([{ title: "AWS course", unitsTotal: 10 }]);
  const track = tracks[0];
  const progress = JSON.parse(textOf(await client.callTool({ name: "update_track_progress", arguments: { track_id: track.id, units_done: 3, date: "2026-12-02" } })));
  expect(progress).toEqual({ trackId: track.id, unitsDone: 3, date: "2026-12-02" });

  // Errors are MCP tool errors with a plain message: another user's posting, too many units, bad input.
  const foreign = await client.callTool({ name: "get_gap_report", arguments: { posting_id: otherPostingId } });
  expect(foreign.isError).toBe(true);
  expect(textOf(foreign)).toBe("That posting does not exist or is not yours.");
  const tooMany = await client.callTool({ name: "update_track_progress", arguments: { track_id: track.id, units_done: 99 } });
  expect(tooMany.isError).toBe(true);
  expect(textOf(tooMany)).toBe("This track has 10 units.");
  const invalid = await client.callTool({ name: "add_posting", arguments: { description: "   " } });
  expect(invalid.isError).toBe(true);
  expect(textOf(invalid)).not.toMatch(/\bat\s+\S+\s+\(|node_modules/);
}

async function seedUser(prefix: string) {
  const owner = await userWithToken(prefix);
  await db.profileSkill.createMany({
    data: [
      { userId: owner.user.id, name: "Python", nameKey: "python", skillId: "python", level: 8, years: 6 },
      { userId: owner.user.id, name: "PostgreSQL", nameKey: "postgresql", skillId: "postgresql", level: 6, years: 5 },
    ],
  });
  await db.studyTrack.create({ data: { userId: owner.user.id, title: "AWS course", unit: "module", unitsTotal: 10, skills: { create: [{ skillId: "aws", name: "AWS", levelAtCompletion: 6 }] } } });
  const stranger = await createTestUser(`${prefix}-stranger`);
  const foreign = await db.posting.create({ data: { userId: stranger.id, description: "Secret posting" } });
  return { ...owner, foreignPostingId: foreign.id };
}

describe("MCP over Streamable HTTP (/api/mcp)", () => {
  it("serves every tool to a token holder, scoped to them", async () => {
    const { token, foreignPostingId } = await seedUser("mcp-http");
    const client = await httpClient(token);
    try {
      await exerciseTools(client, foreignPostingId);
    } finally {
      await client.close();
    }
  });

  it("refuses a revoked token with 401", async () => {
    const { user, token, tokenId } = await userWithToken("mcp-revoked");
    await revokeApiToken(user.id, tokenId);
    await expect(httpClient(token)).rejects.toThrow(/token is missing, wrong or revoked/);
    const direct = await dispatch(new Request("http://localhost/api/mcp", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" }));
    expect(direct.status).toBe(401);
    expect(direct.headers.get("www-authenticate")).toBe("Bearer");
  });
});

describe("MCP over stdio (npm run mcp)", () => {
  it("serves every tool through the REST API of a running Fitgap", async () => {
    const { token, foreignPostingId } = await seedUser("mcp-stdio");
    const api = await startApiServer();
    const root = path.resolve(__dirname, "../..");
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/mcp.ts")],
      cwd: root,
      env: { PATH: process.env.PATH ?? "", FITGAP_URL: api.url, FITGAP_TOKEN: token },
      stderr: "pipe",
    });
    const client = new Client({ name: "fitgap-test", version: "1.0.0" });
    try {
      await client.connect(transport);
      await exerciseTools(client, foreignPostingId);
    } finally {
      await client.close();
      await api.close();
    }
  });

  it("answers with a tool error, not a crash, when the token is wrong", async () => {
    const api = await startApiServer();
    const root = path.resolve(__dirname, "../..");
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/mcp.ts")],
      cwd: root,
      env: { PATH: process.env.PATH ?? "", FITGAP_URL: api.url, FITGAP_TOKEN: "fgp_wrong" },
      stderr: "pipe",
    });
    const client = new Client({ name: "fitgap-test", version: "1.0.0" });
    try {
      await client.connect(transport);
      const result = await client.callTool({ name: "list_postings", arguments: {} });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/token is missing, wrong or revoked.*FITGAP_TOKEN/);
    } finally {
      await client.close();
      await api.close();
    }
  });
});
