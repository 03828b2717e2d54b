import "server-only";
import { db } from "@/lib/server/db";
import type { Profile } from "@/lib/analysis/types";
import { skillNameKey } from "@/lib/server/data/profile-skills";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Merges an imported profile in one transaction: skills are added or updated (synonyms land on
 * the same row); tracks with the same title are updated, others are added. Nothing is deleted,
 * unless `replace` (the API's PUT /profile): then skills and tracks not in the file go first.
 */
export async function importProfile(userId: string, profile: Profile, today: string, options: { replace?: boolean } = {}): Promise<{ skills: number; tracks: number }> {
  await db.$transaction(async (tx) => {
    if (options.replace) {
      await tx.profileSkill.deleteMany({ where: { userId } });
      await tx.studyTrack.deleteMany({ where: { userId } });
    }
    for (const skill of profile.skills) {
      const nameKey = skillNameKey(skill.skillId, skill.name);
      const values = { level: Math.round(skill.level), years: skill.years, name: skill.name, skillId: skill.skillId };
      await tx.profileSkill.upsert({
        where: { userId_nameKey: { userId, nameKey } },
        create: { userId, nameKey, ...values },
        update: values,
      });
    }
    for (const track of profile.tracks) {
      const existing = await tx.studyTrack.findFirst({ where: { userId, title: { equals: track.title, mode: "insensitive" } }, select: { id: true } });
      const fields = {
        title: track.title,
        provider: track.provider,
        url: track.url,
        unit: track.unit,
        unitsDone: Math.round(track.unitsDone),
        unitsTotal: Math.round(track.unitsTotal),
        hoursPerUnit: track.hoursPerUnit,
        startedOn: track.startedOn ? day(track.startedOn) : null,
        targetOn: track.targetOn ? day(track.targetOn) : null,
      };
      const skills = track.skills.map((skill) => ({ skillId: skill.skillId, name: skill.name, levelAtCompletion: Math.round(skill.levelAtCompletion) }));
      const progress = track.progress.length
        ? track.progress.map((entry) => ({ unitsDone: Math.round(entry.unitsDone), recordedOn: day(entry.date) }))
        : track.unitsDone > 0
          ? [{ unitsDone: Math.round(track.unitsDone), recordedOn: day(today) }]
          : [];
      if (existing) {
        await tx.trackSkill.deleteMany({ where: { trackId: existing.id } });
        await tx.trackProgress.deleteMany({ where: { trackId: existing.id } });
        await tx.studyTrack.update({ where: { id: existing.id }, data: { ...fields, skills: { create: skills }, progress: { create: progress } } });
      } else {
        await tx.studyTrack.create({ data: { userId, ...fields, skills: { create: skills }, progress: { create: progress } } });
      }
    }
  });
  return { skills: profile.skills.length, tracks: profile.tracks.length };
}
