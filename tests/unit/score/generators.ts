import type { PostingAnalysis, Profile, ProfileSkill, StudyTrack } from "@/lib/analysis/types";
import { FIXTURE_SKILLS, posting, requirement, track } from "./fixtures";
import type { Random } from "./random";

const OPENERS = ["Familiarity with", "Understanding of", "Experience with", "Proficiency in", "Deep understanding of", "Strong interest in", "Hands-on experience with"];

function namesFor(ids: string[]): string[] {
  return ids.map((id) => FIXTURE_SKILLS.find((skill) => skill.id === id)!.name);
}

export function randomPosting(random: Random): PostingAnalysis {
  const count = random.int(1, 8);
  const requirements = Array.from({ length: count }, () => {
    const ids = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(FIXTURE_SKILLS).id))];
    const names = namesFor(ids);
    const joiner = random.chance(0.4) ? " or " : " and ";
    const text = `${random.pick(OPENERS)} ${names.join(joiner)}`;
    const minYears = random.chance(0.35) ? random.int(1, 8) : null;
    return requirement(text, ids, random.chance(0.7) ? "must" : "preferred", minYears);
  });
  return posting(requirements);
}

export function randomSkill(random: Random): ProfileSkill {
  const definition = random.pick(FIXTURE_SKILLS);
  const aliases = (definition as { aliases?: string[] }).aliases ?? [];
  const name = aliases.length > 0 && random.chance(0.3) ? random.pick(aliases) : definition.name;
  return { skillId: random.chance(0.5) ? definition.id : null, name, level: random.int(0, 20) / 2, years: random.int(0, 20) / 2 };
}

export function randomTrack(random: Random, index: number): StudyTrack {
  const ids = [...new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(FIXTURE_SKILLS).id))];
  const total = random.int(1, 20);
  return track(
    `track-${index}`,
    ids.map((id) => [id, random.int(1, 10)] as [string, number]),
    random.int(0, total),
    total,
    { startedOn: "2026-10-01" },
  );
}

export function randomProfile(random: Random): Profile {
  return {
    skills: Array.from({ length: random.int(0, 8) }, () => randomSkill(random)),
    tracks: Array.from({ length: random.int(0, 3) }, (_, index) => randomTrack(random, index)),
  };
}
