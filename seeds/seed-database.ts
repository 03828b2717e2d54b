/**
 * Seed functions, called by prisma/seed.ts (on `npm start`) and by the tests.
 * Both are idempotent: the catalog is upserted by slug; the demo user is created only once.
 */
import fs from "node:fs";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { createUserWithPassword } from "@/lib/server/data/users";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createPosting } from "@/lib/server/services/postings";
import { recordFitSnapshots } from "@/lib/server/services/fit-snapshots";
import { createPrepPlan } from "@/lib/server/services/prep-plans";
import { importProfile } from "@/lib/server/data/profile-transfer";
import { DEMO_ACCOUNT, DEMO_POSTINGS, DEMO_SKILLS } from "./demo-profile";
import { seedResources } from "./resources";
import { seedStudyTracks } from "./study-tracks";
import { seedPrepPlanThemes } from "./prep-plan";

export async function seedCatalog(): Promise<number> {
  const resources = seedResources();
  await db.$transaction(
    resources.map((resource) => {
      const data = {
        title: resource.title,
        url: resource.url,
        kind: resource.kind,
        hours: resource.hours,
        provider: resource.provider,
        skills: resource.skills as unknown as Prisma.InputJsonValue,
        skillIds: resource.skills.map((skill) => skill.skillId),
      };
      return db.resource.upsert({ where: { slug: resource.id }, create: { slug: resource.id, ...data }, update: data });
    }),
  );
  return resources.length;
}

function readSeedPosting(file: string): string {
  return fs.readFileSync(path.join(process.cwd(), "seeds", "postings", file), "utf8");
}

/**
 * The demo account with the first user's skills, study tracks, two postings and a 7-day prep plan
 * starting `today`. Null when it exists.
 */
export async function seedDemoUser(today: string): Promise<{ userId: string } | null> {
  if (await db.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } })) return null;
  const user = await createUserWithPassword({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password });
  if (!user) return null; // another seed created it meanwhile
  try {
    await db.user.update({ where: { id: user.id }, data: { name: DEMO_ACCOUNT.name } });
    for (const skill of DEMO_SKILLS) await saveProfileSkill(user.id, skill);
    await importProfile(user.id, { skills: [], tracks: seedStudyTracks() }, today);
    for (const posting of DEMO_POSTINGS) {
      await createPosting(user.id, { description: readSeedPosting(posting.file), title: posting.title, company: posting.company });
    }
    await recordFitSnapshots(user.id);
    // The seed's own 7-day themes are this account's data only; every other plan gets generic themes.
    await createPrepPlan(user.id, { postingId: null, days: 7, hoursPerDay: 4, startDate: today }, { themes: seedPrepPlanThemes() });
  } catch (error) {
    // Leave no half-made demo account behind: the next start tries again from scratch.
    await db.user.delete({ where: { id: user.id } });
    throw error;
  }
  return { userId: user.id };
}
