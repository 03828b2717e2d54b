/**
 * The authorization matrix: every page, action and API route that takes a record id, called by a
 * signed-in intruder with the owner's ids. Each answers "not found" (never "forbidden", never the
 * data) and the owner's records stay exactly as they were. Only the session lookup is replaced.
 */
import { actAs, actingUser } from "@/tests/support/action-session";
import { db } from "@/lib/server/db";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";
import type { SessionUser } from "@/lib/server/data/users";
import { deletePostingAction } from "@/lib/server/actions/postings";
import { deleteSkillAction, updateSkillAction } from "@/lib/server/actions/profile";
import { deleteResourceAction, deleteTrackAction, recordProgressAction } from "@/lib/server/actions/tracks";
import { createPlanAction, toggleSessionAction } from "@/lib/server/actions/plans";
import { createShareLinkAction, revokeShareLinkAction } from "@/lib/server/actions/share-links";
import { createPosting, getPosting } from "@/lib/server/services/postings";
import { createStudyTrack } from "@/lib/server/data/study-tracks";
import { addResource } from "@/lib/server/data/resources";
import { createPrepPlan, loadPrepPlan } from "@/lib/server/services/prep-plans";
import { createShareLink, findActiveShareLink } from "@/lib/server/data/share-links";
import { listFitHistory } from "@/lib/server/data/fit-snapshots";
import { buildPostingReport } from "@/lib/server/services/posting-reports";
import { EMPTY_CLICK_STATE, EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { StudyTrackSchema } from "@/lib/schemas/track";
import { ResourceSchema } from "@/lib/schemas/resource";
import { GET as downloadPlanIcs } from "@/app/api/v1/plans/[id]/ics/route";
import PostingReportPage from "@/app/(app)/jobs/[id]/page";

afterAll(() => db.$disconnect());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

interface Owned {
  owner: SessionUser;
  postingId: string;
  skillId: string;
  trackId: string;
  resourceId: string;
  planId: string;
  sessionKey: string;
  token: string;
  linkId: string;
}

async function ownerWithEverything(): Promise<Owned> {
  const owner = await createTestUser("owner");
  const { id: postingId } = await createPosting(owner.id, { description: LLM_POSTING, title: "Owner's posting", company: null });
  const skillId = (await db.profileSkill.create({ data: { userId: owner.id, name: "Python", nameKey: "python", level: 6 }, select: { id: true } })).id;
  const { id: trackId } = await createStudyTrack(owner.id, StudyTrackSchema.parse({ title: "Owner's track", unit: "module", unitsTotal: "10", unitsDone: "2" }), "2026-11-24");
  const { id: resourceId } = await addResource(owner.id, ResourceSchema.parse({ title: "Owner's book", kind: "book", hours: "5", skills: ["Python"] }));
  const { id: planId } = await createPrepPlan(owner.id, { postingId, days: 2, hoursPerDay: 2, startDate: "2026-11-24" });
  const sessionKey = (await loadPrepPlan(owner.id, planId)).plan.days[0].sessions[0].id;
  const { token } = await createShareLink(owner.id, postingId);
  const { id: linkId } = await db.shareLink.findFirstOrThrow({ where: { postingId }, select: { id: true } });
  return { owner, postingId, skillId, trackId, resourceId, planId, sessionKey, token, linkId };
}

/** Everything of the owner's that an intruder could try to read around or change. */
async function ownerState(owner: SessionUser) {
  return {
    postings: await db.posting.findMany({ where: { userId: owner.id }, select: { id: true, title: true, updatedAt: true } }),
    skills: await db.profileSkill.findMany({ where: { userId: owner.id }, select: { id: true, level: true, years: true } }),
    tracks: await db.studyTrack.findMany({ where: { userId: owner.id }, select: { id: true, unitsDone: true, _count: { select: { progress: true } } } }),
    resources: await db.resource.findMany({ where: { userId: owner.id }, select: { id: true } }),
    plans: await db.prepPlan.findMany({ where: { userId: owner.id }, select: { id: true, _count: { select: { completions: true } } } }),
    links: await db.shareLink.findMany({ where: { userId: owner.id }, select: { token: true, revokedAt: true } }),
  };
}

type Attempt = [label: string, run: (owned: Owned) => Promise<unknown>];

const NOT_YOURS = /does not exist or is not yours|is not in your profile/;
const refusedState = async (promise: Promise<{ message: string | null }>) => expect((await promise).message).toMatch(NOT_YOURS);
const refusedError = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: "not_found" });

const ATTEMPTS: Attempt[] = [
  // Pages
  ["page /jobs/[id]", (o) => expect(PostingReportPage({ params: Promise.resolve({ id: o.postingId }) })).rejects.toMatchObject({ notFound: true })],
  // API routes
  [
    "GET /api/v1/plans/[id]/ics",
    async (o) => {
      const response = await downloadPlanIcs(new Request("http://localhost/api/v1/plans/x/ics"), { params: Promise.resolve({ id: o.planId }) });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("BEGIN:VCALENDAR");
    },
  ],
  // Actions
  ["deletePostingAction", (o) => refusedState(deletePostingAction(EMPTY_CLICK_STATE, form({ postingId: o.postingId })))],
  ["updateSkillAction", (o) => refusedState(updateSkillAction(EMPTY_FORM_STATE, form({ id: o.skillId, level: "10", years: "20" })))],
  ["deleteSkillAction", (o) => refusedState(deleteSkillAction(EMPTY_CLICK_STATE, form({ id: o.skillId })))],
  ["recordProgressAction", (o) => refusedState(recordProgressAction(EMPTY_FORM_STATE, form({ trackId: o.trackId, unitsDone: "9" })))],
  ["deleteTrackAction", (o) => refusedState(deleteTrackAction(EMPTY_CLICK_STATE, form({ trackId: o.trackId })))],
  ["deleteResourceAction", (o) => refusedState(deleteResourceAction(EMPTY_CLICK_STATE, form({ resourceId: o.resourceId })))],
  ["createPlanAction for the owner's posting", (o) => refusedState(createPlanAction(EMPTY_FORM_STATE, form({ postingId: o.postingId, startDate: "2026-11-24" })))],
  ["toggleSessionAction", (o) => refusedState(toggleSessionAction(EMPTY_CLICK_STATE, form({ planId: o.planId, sessionKey: o.sessionKey, done: "true" })))],
   ["createShareLinkAction", (o) => refusedState(createShareLinkAction(EMPTY_FORM_STATE, form({ postingId: o.postingId, label: "mine now", expires: "7" })))],
  ["revokeShareLinkAction", (o) => refusedState(revokeShareLinkAction(EMPTY_FORM_STATE, form({ linkId: o.linkId })))],
  // Data functions behind the pages
  ["getPosting", (o) => refusedError(getPosting(actingUser().id, o.postingId))],
  ["buildPostingReport", (o) => refusedError(buildPostingReport(actingUser().id, o.postingId, "2026-11-24"))],
  ["getPrepPlan", (o) => refusedError(loadPrepPlan(actingUser().id, o.planId))],
  ["listFitHistory", async (o) => expect(await listFitHistory(actingUser().id, o.postingId)).toEqual([])],
  ["findActiveShareLink", async (o) => expect(await findActiveShareLink(actingUser().id, o.postingId)).toBeNull()],
];

describe("authorization matrix", () => {
  let owned: Owned;
  let intruder: SessionUser;
  beforeAll(async () => {
    owned = await ownerWithEverything();
    intruder = await createTestUser("intruder");
    await createPosting(intruder.id, { description: LLM_POSTING, title: "Intruder's own", company: null });
  });
  beforeEach(() => {
    actAs(intruder);
  });

  it.each(ATTEMPTS)("%s with another user's id: not found, nothing changed", async (_label, attempt) => {
    const before = await ownerState(owned.owner);
    await attempt(owned);
    expect(await ownerState(owned.owner)).toEqual(before);
  });

  it("the owner still reaches everything (the matrix is not refusing everyone)", async () => {
    actAs(owned.owner);
    expect((await getPosting(owned.owner.id, owned.postingId)).title).toBe("Owner's posting");
    const response = await downloadPlanIcs(new Request("http://localhost/x"), { params: Promise.resolve({ id: owned.planId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await toggleSessionAction(EMPTY_CLICK_STATE, form({ planId: owned.planId, sessionKey: owned.sessionKey, done: "true" }))).message).toBeNull();
  });
});
