import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { resolveSkillName } from "@/lib/server/data/profile-skills";
import type { StudyTrackEditInput } from "@/lib/schemas/track";

/** Updates a track's title, units, pace and skills in one transaction; progress history stays. */
export async function updateStudyTrack(userId: string, input: StudyTrackEditInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const track = await tx.studyTrack.findFirst({ where: { id: input.trackId, userId }, select: { unitsDone: true } });
    if (!track) throw new AppError("not_found", "That study track does not exist or is not yours.");
    if (input.unitsTotal < track.unitsDone) throw new AppError("invalid_input", `You have done ${track.unitsDone} units already: the total cannot be lower.`);
    await tx.trackSkill.deleteMany({ where: { trackId: input.trackId } });
    await tx.studyTrack.update({
      where: { id: input.trackId },
      data: {
        title: input.title,
        unit: input.unit,
        unitsTotal: input.unitsTotal,
        hoursPerUnit: input.hoursPerUnit,
        targetOn: input.targetOn ? new Date(`${input.targetOn}T00:00:00Z`) : null,
        skills: {
          create: input.skills.map((skill) => {
            const identity = resolveSkillName(skill.name);
            return { skillId: identity.skillId, name: identity.name, levelAtCompletion: skill.levelAtCompletion };
          }),
        },
      },
    });
  });
}
