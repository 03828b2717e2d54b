import { db } from "@/lib/server/db";
import { createStudyTrack, deleteStudyTrack, listStudyTracks, recordTrackProgress } from "@/lib/server/data/study-tracks";
import { StudyTrackSchema } from "@/lib/schemas/track";
import { createTestUser } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

const MIT_6824 = StudyTrackSchema.parse({
  title: "MIT 6.824 Distributed Systems",
  unit: "lecture",
  unitsDone: 1,
  unitsTotal: 20,
  hoursPerUnit: 1.5,
  startedOn: "2026-11-01",
  skills: [{ name: "Distributed systems", levelAtCompletion: 7 }],
});

describe("study tracks", () => {
  it("keeps every progress update with its date", async () => {
    const user = await createTestUser("tracks");
    const { id } = await createStudyTrack(user.id, MIT_6824, "2026-11-24");
    await recordTrackProgress(user.id, id, 2, "2026-11-10");
    await recordTrackProgress(user.id, id, 3, "2026-11-20");
    const [track] = await listStudyTracks(user.id);
    expect(track).toMatchObject({ unitsDone: 3, unitsTotal: 20, startedOn: "2026-11-01" });
    expect(track.skills).toEqual([{ skillId: "distributed-systems", name: "Distributed systems", levelAtCompletion: 7 }]);
    expect(track.progress).toEqual([
      { date: "2026-11-01", unitsDone: 1 },
      { date: "2026-11-10", unitsDone: 2 },
      { date: "2026-11-20", unitsDone: 3 },
    ]);
  });

  it("rejects progress past the total and changes nothing", async () => {
    const user = await createTestUser("overflow");
    const { id } = await createStudyTrack(user.id, MIT_6824, "2026-11-24");
    await expect(recordTrackProgress(user.id, id, 21, "2026-11-24")).rejects.toMatchObject({ code: "invalid_input" });
    const [track] = await listStudyTracks(user.id);
    expect(track.unitsDone).toBe(1);
    expect(track.progress).toHaveLength(1);
  });

  it("never touches another user's track", async () => {
    const owner = await createTestUser("owner");
    const intruder = await createTestUser("intruder");
    const { id } = await createStudyTrack(owner.id, MIT_6824, "2026-11-24");
    await expect(recordTrackProgress(intruder.id, id, 5, "2026-11-24")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteStudyTrack(intruder.id, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listStudyTracks(intruder.id)).toEqual([]);
    expect((await listStudyTracks(owner.id))[0].unitsDone).toBe(1);
  });
});
