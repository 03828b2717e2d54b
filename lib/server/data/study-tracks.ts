import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { resolveSkillName } from "@/lib/server/data/profile-skills";
import type { StudyTrackInput } from "@/lib/schemas/track";
import type { StudyTrack } from "@/lib/analysis/types";

const toIsoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const fromIsoDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const TRACK_INCLUDE = { skills: { orderBy: { name: "asc" } }, progress: { orderBy: { recordedOn: "asc" } } } as const;

export async function listStudyTracks(userId: string): Promise<StudyTrack[]> {
  const rows = await db.studyTrack.findMany({ where: { userId }, include: TRACK_INCLUDE, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    provider: row.provider,
    url: row.url,
    unit: row.unit as StudyTrack["unit"],
    unitsDone: row.unitsDone,
    unitsTotal: row.unitsTotal,
    hoursPerUnit: row.hoursPerUnit,
    startedOn: toIsoDate(row.startedOn),
    targetOn: toIsoDate(row.targetOn),
    skills: row.skills.map((skill) => ({ skillId: skill.skillId, name: skill.name, levelAtCompletion: skill.levelAtCompletion })),
    progress: row.progress.map((entry) => ({ date: toIsoDate(entry.recordedOn)!, unitsDone: entry.unitsDone })),
  }));
}

/** Creates a track with its skills and, when units are already done, its first progress entry. */
export async function createStudyTrack(userId: string, input: StudyTrackInput, today: string): Promise<{ id: string }> {
  return db.studyTrack.create({
    data: {
      userId,
      title: input.title,
      provider: input.provider,
      url: input.url,
      unit: input.unit,
      unitsDone: input.unitsDone,
      unitsTotal: input.unitsTotal,
      hoursPerUnit: input.hoursPerUnit,
      startedOn: fromIsoDate(input.startedOn),
      targetOn: fromIsoDate(input.targetOn),
      skills: {
        create: input.skills.map((skill) => {
          const identity = resolveSkillName(skill.name);
          return { skillId: identity.skillId, name: identity.name, levelAtCompletion: skill.levelAtCompletion };
        }),
      },
      progress: input.unitsDone > 0 ? { create: [{ unitsDone: input.unitsDone, recordedOn: fromIsoDate(input.startedOn ?? today)! }] } : undefined,
    },
    select: { id: true },
  });
}

/** "Lecture 2 done": sets units done and keeps the update with its date, in one transaction. */
export async function recordTrackProgress(userId: string, trackId: string, unitsDone: number, date: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const track = await tx.studyTrack.findFirst({ where: { id: trackId, userId }, select: { unitsTotal: true } });
    if (!track) throw new AppError("not_found", "That study track does not exist or is not yours.");
    if (unitsDone > track.unitsTotal) throw new AppError("invalid_input", `This track has ${track.unitsTotal} units.`);
    await tx.studyTrack.update({ where: { id: trackId }, data: { unitsDone } });
    await tx.trackProgress.create({ data: { trackId, unitsDone, recordedOn: fromIsoDate(date)! } });
  });
}

export async function deleteStudyTrack(userId: string, trackId: string): Promise<void> {
  const { count } = await db.studyTrack.deleteMany({ where: { id: trackId, userId } });
  if (count === 0) throw new AppError("not_found", "That study track does not exist or is not yours.");
}
