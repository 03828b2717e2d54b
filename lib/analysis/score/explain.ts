import type { RequirementScore, SkillScore } from "./requirement-score";
import type { SkillCredit } from "./skill-credit";
import { describeRule } from "./list-rule";

const MAX_SKILLS_EXPLAINED = 5;
const MAX_STUDY_EXPLAINED = 3;
/** Study that adds less than this to a skill's credit is not worth a sentence. */
const MIN_STUDY_GAIN = 0.1;

function percent(value: number): string {
  return `${Math.floor(100 * value + 1e-9)}%`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function yearsText(years: number, minYears: number | null): string {
  if (minYears && years < minYears) return `, ${formatNumber(years)} of ${formatNumber(minYears)} years`;
  return years > 0 ? `, ${formatNumber(years)} yr${years === 1 ? "" : "s"}` : "";
}

function explainClaim(credit: SkillCredit, name: string, minYears: number | null): string {
  const via = credit.via;
  if (!via || credit.coverage === 0) return `${name}: nothing you can claim yet`;
  const evidence = `${formatNumber(credit.level)}${yearsText(credit.years, minYears)}`;
  if (credit.relation === "same") return `${name}: you claim ${evidence} -> ${percent(credit.coverage)}`;
  const how = credit.relation === "narrower" ? "a kind of it" : "broader than it";
  return `${name}: your ${via.name} (${evidence}) is ${how}, partial credit up to ${percent(credit.factor)} -> ${percent(credit.coverage)}`;
}

function explainStudy(skill: SkillScore): string | null {
  if (skill.projected.coverage - skill.claimed.coverage < MIN_STUDY_GAIN) return null;
  const tracks = skill.projected.via?.tracks ?? [];
  const track = [...tracks].sort((a, b) => b.levelAtCompletion - a.levelAtCompletion)[0];
  if (!track) return null;
  const progress = `${formatNumber(track.unitsDone)}/${formatNumber(track.unitsTotal)} ${track.unit}s`;
  return `studying ${skill.name} in ${track.title} (${progress}): ${percent(skill.studying.coverage)} now, ${percent(skill.projected.coverage)} when complete`;
}

export function explainRequirement(score: RequirementScore): string {
  const requirement = score.requirement;
  const kind = requirement.kind === "must" ? "Must" : "Preferred";
  if (!score.scored) return `${kind}: no known skill found in this line, so it is not counted in the fit.`;

  const years = requirement.minYears ? ` with ${formatNumber(requirement.minYears)}+ years` : "";
  const names = score.skills.map((skill) => skill.name);
  const which = describeRule(score.rule, names);
  const parts = [`${kind}: asks for ${score.levelWord} (level ${score.expectedLevel})${years} in ${which}.`];

  const shown = score.skills.slice(0, MAX_SKILLS_EXPLAINED);
  parts.push(shown.map((skill) => explainClaim(skill.claimed, skill.name, requirement.minYears)).join("; ") + ".");
  if (score.skills.length > shown.length) parts.push(`(${score.skills.length - shown.length} more skills not listed.)`);

  const study = score.skills
    .map(explainStudy)
    .filter((text): text is string => text !== null)
    .slice(0, MAX_STUDY_EXPLAINED);
  if (study.length > 0) {
    const sentence = study.join("; ");
    parts.push(`Not claimable yet: ${sentence}.`);
  }
  if (score.dealbreaker && requirement.minYears) {
    parts.push(`Dealbreaker: asks for ${formatNumber(requirement.minYears)}+ years, you have ${formatNumber(score.yearsHave ?? 0)}.`);
  }
  return parts.join(" ");
}
