/**
 * Hostile input, table-driven: every case is refused with a clear message (never the generic
 * "something went wrong", the stand-in for a 500) and leaves every table of the user as it was.
 * Only the session lookup is replaced: a Jest process has no request cookies for next-auth.
 */
import { actAs } from "@/tests/support/action-session";
import { db } from "@/lib/server/db";
import { GENERIC_FAILURE } from "@/lib/errors";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";
import type { SessionUser } from "@/lib/server/data/users";
import { createPostingAction, deletePostingAction } from "@/lib/server/actions/postings";
import { addSkillAction, deleteSkillAction, updateSkillAction } from "@/lib/server/actions/profile";
import { addResourceAction, createTrackAction, deleteTrackAction, recordProgressAction } from "@/lib/server/actions/tracks";
import { importProfileAction } from "@/lib/server/actions/profile-transfer";
import { createPlanAction, toggleSessionAction } from "@/lib/server/actions/plans";
import { createShareLinkAction } from "@/lib/server/actions/share-links";
import { createPosting } from "@/lib/server/services/postings";
import { createStudyTrack } from "@/lib/server/data/study-tracks";
import { EMPTY_CLICK_STATE, EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { StudyTrackSchema } from "@/lib/schemas/track";

afterAll(() => db.$disconnect());

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function jsonFile(content: unknown, raw?: string): File {
  return new File([raw ?? JSON.stringify(content)], "profile.json", { type: "application/json" });
}

/** Every row a user owns, counted: a refused request must leave all of them unchanged. */
async function rowCounts(userId: string) {
  const [postings, requirements, skills, tracks, progress, trackSkills, resources, plans, links, snapshots] = await Promise.all([
    db.posting.count({ where: { userId } }),
    db.requirement.count({ where: { posting: { userId } } }),
    db.profileSkill.count({ where: { userId } }),
    db.studyTrack.count({ where: { userId } }),
    db.trackProgress.count({ where: { track: { userId } } }),
    db.trackSkill.count({ where: { track: { userId } } }),
    db.resource.count({ where: { userId } }),
    db.prepPlan.count({ where: { userId } }),
    db.shareLink.count({ where: { userId } }),
    db.fitSnapshot.count({ where: { posting: { userId } } }),
  ]);
  return { postings, requirements, skills, tracks, progress, trackSkills, resources, plans, links, snapshots };
}

interface Fixture {
  user: SessionUser;
  postingId: string;
  trackId: string;
  skillId: string;
  otherPostingId: string;
  otherTrackId: string;
}

async function fixture(): Promise<Fixture> {
  const user = await createTestUser("hostile");
  const other = await createTestUser("hostile-other");
  const { id: postingId } = await createPosting(user.id, { description: LLM_POSTING, title: "Mine", company: null });
  const { id: otherPostingId } = await createPosting(other.id, { description: LLM_POSTING, title: "Theirs", company: null });
  const trackInput = StudyTrackSchema.parse({ title: "One-unit track", unit: "module", unitsTotal: "1", unitsDone: "0" });
  await createStudyTrack(user.id, trackInput, "2026-11-24");
  await createStudyTrack(other.id, trackInput, "2026-11-24");
  const trackId = (await db.studyTrack.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } })).id;
  const otherTrackId = (await db.studyTrack.findFirstOrThrow({ where: { userId: other.id }, select: { id: true } })).id;
  const skillId = (await db.profileSkill.create({ data: { userId: user.id, name: "Python", nameKey: "python", level: 5 }, select: { id: true } })).id;
  return { user, postingId, trackId, skillId, otherPostingId, otherTrackId };
}

type Outcome = { message: string | null; fieldErrors?: Record<string, string[] | undefined>; ok?: boolean } | { token: string | null; message: string | null };
type Case = [label: string, run: (f: Fixture) => Promise<Outcome>, expected: RegExp];

const TRACK = { title: "Course", unit: "module", unitsTotal: "10", unitsDone: "0", hoursPerUnit: "1" };
const RESOURCE = { title: "Book", kind: "book", hours: "5", skills: "Python", level: "6" };
const VALID_FILE = { skills: [{ name: "Go", level: 5 }], tracks: [{ title: "Imported", total: 10, done: 1 }] };
const trackFile = (track: Record<string, unknown>) => ({ skills: [], tracks: [{ title: "Imported", total: 10, done: 1, ...track }] });

const messageOf = (state: Outcome) => [state.message, ...Object.values("fieldErrors" in state ? (state.fieldErrors ?? {}) : {}).flat()].join(" ");

const CASES: Case[] = [
  // Pasting a posting
  ["a 5 MB paste", () => createPostingAction(EMPTY_FORM_STATE, form({ description: "Python. ".repeat(655_360) })), /over 50,000 characters/],
  ["50,001 characters", () => createPostingAction(EMPTY_FORM_STATE, form({ description: "x".repeat(50_001) })), /over 50,000 characters/],
  ['"<script>" x 6,250', () => createPostingAction(EMPTY_FORM_STATE, form({ description: "<script>".repeat(6_250) })), /no text .* HTML/],
  ["markup with no words", () => createPostingAction(EMPTY_FORM_STATE, form({ description: "<div><p></p><br/></div>".repeat(50) })), /no text/],
  ["an empty paste", () => createPostingAction(EMPTY_FORM_STATE, form({ description: "" })), /empty/],
  ["only whitespace", () => createPostingAction(EMPTY_FORM_STATE, form({ description: " \r\n\t ".repeat(100) })), /empty/],
  ["binary data", () => createPostingAction(EMPTY_FORM_STATE, form({ description: "\u0000PK\u0003\u0004".repeat(100) })), /plain text/],
  ["a 201-character title", () => createPostingAction(EMPTY_FORM_STATE, form({ description: LLM_POSTING, title: "T".repeat(201) })), /at most 200/],
  ["a 201-character company", () => createPostingAction(EMPTY_FORM_STATE, form({ description: LLM_POSTING, company: "C".repeat(201) })), /at most 200/],
  ["a JSON body instead of a form", () => createPostingAction(EMPTY_FORM_STATE, { description: LLM_POSTING } as unknown as FormData), /not a form submission/],
  // Profile skills
  ["level 0x0A", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "0x0A" })), /whole number from 0 to 10/],
  ["level 1e1", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "1e1" })), /whole number from 0 to 10/],
  ["level 11", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "11" })), /whole number from 0 to 10/],
  ["level -1", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "-1" })), /whole number from 0 to 10/],
  ["level 5.5", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "5.5" })), /whole number from 0 to 10/],
  ["level Infinity", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "Infinity" })), /whole number from 0 to 10/],
  ["years 61", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "Rust", level: "5", years: "61" })), /from 0 to 60/],
  ["an empty skill name", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "  ", level: "5" })), /Enter a skill name/],
  ["an 81-character skill name", () => addSkillAction(EMPTY_FORM_STATE, form({ name: "s".repeat(81), level: "5" })), /at most 80/],
  ["a skill id with a NUL byte", () => updateSkillAction(EMPTY_FORM_STATE, form({ id: "abc\u0000def", level: "5", years: "1" })), /does not exist or is not yours/],
  ["level 0x0A on update", (f) => updateSkillAction(EMPTY_FORM_STATE, form({ id: f.skillId, level: "0x0A", years: "1" })), /whole number from 0 to 10/],
  // Study tracks and resources
  ["total 0.4", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, unitsTotal: "0.4" })), /whole number/],
  ["total 0", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, unitsTotal: "0" })), /at least one unit/],
  ["total 0x10", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, unitsTotal: "0x10" })), /whole number/],
  ["5000 done of 1", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, unitsTotal: "1", unitsDone: "5000" })), /cannot exceed the total/],
  ["start date 2026-02-31", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, startedOn: "2026-02-31" })), /date does not exist/],
  ["target date 2026-13-45", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, targetOn: "2026-13-45" })), /date does not exist/],
  ["a javascript: link", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, url: "javascript:alert(1)" })), /http\(s\) link/],
  ["a data: link", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, url: "data:text/html,<script>alert(1)</script>" })), /http\(s\) link/],
  ["0 hours per unit", () => createTrackAction(EMPTY_FORM_STATE, form({ ...TRACK, hoursPerUnit: "0" })), /./],
  ["progress 5000 of 1", (f) => recordProgressAction(EMPTY_FORM_STATE, form({ trackId: f.trackId, unitsDone: "5000" })), /has 1 units/],
  ["progress on another user's track", (f) => recordProgressAction(EMPTY_FORM_STATE, form({ trackId: f.otherTrackId, unitsDone: "1" })), /not yours/],
  ["progress 0x01", (f) => recordProgressAction(EMPTY_FORM_STATE, form({ trackId: f.trackId, unitsDone: "0x01" })), /how many units|whole number/],
  ["a resource with a javascript: link", () => addResourceAction(EMPTY_FORM_STATE, form({ ...RESOURCE, url: "javascript:alert(1)" })), /http\(s\) link/],
  ["a resource of Infinity hours", () => addResourceAction(EMPTY_FORM_STATE, form({ ...RESOURCE, hours: "Infinity" })), /Hours must be a number/],
  ["a resource level 0x0A", () => addResourceAction(EMPTY_FORM_STATE, form({ ...RESOURCE, level: "0x0A" })), /Level must be a whole number/],
  // Profile import: the same rules as the forms
  ["a 1.2 MB import", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(null, " ".repeat(1_200_000)) })), /over 1 MB/],
  ["an import that is not JSON", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(null, "{not json") })), /not valid JSON/],
  ["an import with a javascript: link", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(trackFile({ url: "javascript:alert(1)" })) })), /http\(s\) link/],
  ["an import with total 0.4", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(trackFile({ total: 0.4, done: 0 })) })), /whole numbers|at least one unit/],
  ["an import with progress 5000 of 1", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(trackFile({ total: 1, done: 1, progress: [{ date: "2026-11-01", done: 5000 }] })) })), /cannot exceed/],
  ["an import dated 2026-02-31", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(trackFile({ startedOn: "2026-02-31" })) })), /date does not exist/],
  ["an import dated 2026-13-45", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile(trackFile({ progress: [{ date: "2026-13-45", done: 1 }] })) })), /date does not exist/],
  ["an import with level 10.5", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile({ skills: [{ name: "Go", level: 10.5 }] }) })), /Levels/],
  ['an import with level "0x0A"', () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile({ skills: [{ name: "Go", level: "0x0A" }] }) })), /Nothing was imported/],
  ["an import whose valid part comes first", () => importProfileAction(EMPTY_FORM_STATE, form({ file: jsonFile({ ...VALID_FILE, tracks: [...VALID_FILE.tracks, { title: "Bad", total: -1 }] }) })), /Nothing was imported/],
  // Plans
  ["a plan starting 2026-02-31", () => createPlanAction(EMPTY_FORM_STATE, form({ startDate: "2026-02-31" })), /date does not exist/],
  ["a plan of 0x0A days", () => createPlanAction(EMPTY_FORM_STATE, form({ days: "0x0A", startDate: "2026-11-24" })), /Days must be a number/],
  ["a plan for a posting id with a NUL byte", () => createPlanAction(EMPTY_FORM_STATE, form({ postingId: "abc\u0000def", startDate: "2026-11-24" })), /not yours/],
  ["a plan for another user's posting", (f) => createPlanAction(EMPTY_FORM_STATE, form({ postingId: f.otherPostingId, startDate: "2026-11-24" })), /not yours|not exist/],
  // One-click actions
  ["deleting another user's posting", (f) => deletePostingAction(EMPTY_CLICK_STATE, form({ postingId: f.otherPostingId })), /not yours/],
  ["deleting another user's track", (f) => deleteTrackAction(EMPTY_CLICK_STATE, form({ trackId: f.otherTrackId })), /not yours/],
  ["deleting a skill id with a NUL byte", () => deleteSkillAction(EMPTY_CLICK_STATE, form({ id: "abc\u0000def" })), /not yours/],
  ["toggling a session of a plan id with a NUL byte", () => toggleSessionAction(EMPTY_CLICK_STATE, form({ planId: "abc\u0000def", sessionKey: "s", done: "true" })), /not yours/],
  ["a click action called with a JSON body", () => deleteSkillAction(EMPTY_CLICK_STATE, [{ id: "x" }] as unknown as FormData), /not a form submission/],
  // Share links
  ["sharing another user's posting", (f) => createShareLinkAction(EMPTY_FORM_STATE, form({ postingId: f.otherPostingId, label: "", expires: "7" })), /not yours/],
  ["sharing a posting id with a NUL byte", () => createShareLinkAction(EMPTY_FORM_STATE, form({ postingId: "abc\u0000def", label: "", expires: "7" })), /not yours/],
  ["a share link that expires in 5,000 days", (f) => createShareLinkAction(EMPTY_FORM_STATE, form({ postingId: f.postingId, label: "", expires: "5000" })), /Pick when the link expires|fix the form/],
];

describe("hostile input", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  beforeEach(() => {
    actAs(f.user);
  });

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("%s: a clear message, nothing stored", async (_label, run, expected) => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await rowCounts(f.user.id);
    const otherBefore = await db.posting.count({ where: { id: f.otherPostingId } });
    const state = await run(f);
    const message = messageOf(state);
    expect(message).toMatch(expected);
    expect(message).not.toContain(GENERIC_FAILURE);
    if ("ok" in state) expect(state.ok).toBe(false);
    if ("token" in state) expect(state.token).toBeNull();
    expect(await rowCounts(f.user.id)).toEqual(before);
    expect(await db.posting.count({ where: { id: f.otherPostingId } })).toBe(otherBefore);
    // Nothing unexpected was thrown and logged on the way (the sign of a 500).
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("counts CR+LF as one character, as a person would", async () => {
    // 14 + 5,500 x 9 = 49,514 characters to a person, 55,015 UTF-16 units as submitted.
    const description = "Requirements:\r\n" + "- Python\r\n".repeat(5_500);
    expect(description.length).toBeGreaterThan(50_000);
    await expect(createPostingAction(EMPTY_FORM_STATE, form({ description }))).rejects.toMatchObject({ url: expect.stringMatching(/^\/jobs\//) });
  });

  it("one-click actions when signed out go to sign-in, changing nothing", async () => {
    actAs(null);
    const before = await rowCounts(f.user.id);
    await expect(deleteSkillAction(EMPTY_CLICK_STATE, form({ id: f.skillId }))).rejects.toMatchObject({ url: "/sign-in" });
    await expect(deleteTrackAction(EMPTY_CLICK_STATE, form({ trackId: f.trackId }))).rejects.toMatchObject({ url: "/sign-in" });
    await expect(deletePostingAction(EMPTY_CLICK_STATE, form({ postingId: f.postingId }))).rejects.toMatchObject({ url: "/sign-in" });
    expect(await rowCounts(f.user.id)).toEqual(before);
  });

  it("ten concurrent 'create share link' store ten labelled links, none lost or doubled", async () => {
    const before = await db.shareLink.count({ where: { postingId: f.postingId } });
    const states = await Promise.all(Array.from({ length: 10 }, (_, n) => createShareLinkAction(EMPTY_FORM_STATE, form({ postingId: f.postingId, label: `link ${n}`, expires: "30" }))));
    expect(states.every((state) => state.ok)).toBe(true);
    expect(await db.shareLink.count({ where: { postingId: f.postingId } })).toBe(before + 10);
  });
});
