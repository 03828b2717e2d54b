import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/data/postings";
import { createShareLink, findActiveShareLink, openShareLink, revokeShareLinks } from "@/lib/server/data/share-links";
import { buildSharedReport } from "@/lib/server/data/reports";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

async function postingOf(prefix: string) {
  const user = await createTestUser(prefix);
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: "Shared", company: null });
  return { user, postingId: id };
}

describe("share links", () => {
  it("creates one unguessable link per posting that opens the report and counts views", async () => {
    const { user, postingId } = await postingOf("share");
    const link = await createShareLink(user.id, postingId);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect((await createShareLink(user.id, postingId)).token).toBe(link.token);

    const shared = await buildSharedReport(link.token, "2026-11-24");
    expect(shared?.posting.id).toBe(postingId);
    expect(JSON.stringify(shared)).not.toContain(user.email);
    expect((await findActiveShareLink(user.id, postingId))?.viewCount).toBe(1);
  });

  it("stops working once revoked, and a new link differs", async () => {
    const { user, postingId } = await postingOf("revoke");
    const link = await createShareLink(user.id, postingId);
    await revokeShareLinks(user.id, postingId);
    expect(await openShareLink(link.token)).toBeNull();
    expect(await buildSharedReport(link.token, "2026-11-24")).toBeNull();
    expect((await createShareLink(user.id, postingId)).token).not.toBe(link.token);
  });

  it("rejects malformed and unknown tokens", async () => {
    expect(await openShareLink("")).toBeNull();
    expect(await openShareLink("../../etc/passwd")).toBeNull();
    expect(await openShareLink("A".repeat(43))).toBeNull();
  });

  it("does not let another user share or revoke a posting", async () => {
    const { user, postingId } = await postingOf("owner");
    const intruder = await createTestUser("intruder");
    const link = await createShareLink(user.id, postingId);
    await expect(createShareLink(intruder.id, postingId)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeShareLinks(intruder.id, postingId)).rejects.toMatchObject({ code: "not_found" });
    expect(await openShareLink(link.token)).toEqual({ postingId });
  });
});
