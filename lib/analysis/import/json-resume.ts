import { findSkillByName, type SkillDefinition } from "../taxonomy";
import type { ProfileSkill } from "../types";
import type { JsonResume, JsonResumeSkills } from "@/lib/schemas/json-resume";

/**
 * JSON Resume (jsonresume.org) <-> the skill profile. Pure: the resume, the current skills and
 * today's date in; a preview of what would change out. Nothing here stores anything.
 */

/** A skill listed without a level counts as working proficiency. */
export const DEFAULT_RESUME_LEVEL = 5;

const LEVEL_WORDS: [RegExp, number][] = [
  [/\b(native|bilingual|mother tongue)\b/, 10],
  [/\b(master|expert|guru)\b/, 9],
  [/\b(fluent)\b/, 8],
  [/\b(advanced|senior|strong)\b/, 7],
  [/\b(proficient|professional)\b/, 6],
  [/\b(intermediate|competent|working|conversational|mid)\b/, 5],
  [/\b(familiar|basic|elementary|junior)\b/, 3],
  [/\b(beginner|novice|learning|limited)\b/, 2],
];

/** A bare number: 0-10 as is, 10-100 as a percentage. */
function levelFromNumber(value: number): number | null {
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return clampLevel(value > 10 ? value / 10 : value);
}

/** "Master" -> 9, "Intermediate" -> 5, "8", "8/10" -> 8, "4/5" -> 8, "80%" or 80 -> 8; null when unreadable. */
export function levelFromResume(level: string | number | undefined): number | null {
  if (level === undefined || level === "") return null;
  if (typeof level === "number") return levelFromNumber(level);
  const text = level.toLowerCase().trim();
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+)$/.exec(text);
  if (fraction && Number(fraction[2]) > 0) return clampLevel((Number(fraction[1]) / Number(fraction[2])) * 10);
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return clampLevel(Number(percent[1]) / 10);
  if (/^\d+(?:\.\d+)?$/.test(text)) return levelFromNumber(Number(text));
  for (const [pattern, value] of LEVEL_WORDS) if (pattern.test(text)) return value;
  return null;
}

function clampLevel(value: number): number {
  return Math.max(0, Math.min(10, Math.round(value)));
}

/** The word the export writes for a 0-10 level. */
export function levelWord(level: number): string {
  if (level >= 9) return "Master";
  if (level >= 7) return "Advanced";
  if (level >= 5) return "Intermediate";
  if (level >= 3) return "Beginner";
  return "Novice";
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `text` names the skill (any alias, as a whole word; short or ambiguous forms only in their exact case). */
function namesSkill(text: string, skill: SkillDefinition): boolean {
  for (const form of [skill.name, ...skill.aliases]) {
    const exactCase = form.length <= 3 || skill.ambiguity?.forms.includes(form);
    const pattern = new RegExp(`(?<![\\w+#.])${escapeRegExp(form)}(?![\\w+#])`, exactCase ? "" : "i");
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Month index (years * 12 + month) of a resume date; a missing end is today. */
function monthIndex(date: string): number {
  const [year, month = "01"] = date.split("-");
  return Number(year) * 12 + (Number(month) - 1);
}

/** Years of work where the skill is named, overlapping jobs counted once, to one decimal. */
function yearsNamedInWork(skill: SkillDefinition, work: JsonResume["work"], today: string): number {
  const spans: [number, number][] = [];
  for (const job of work) {
    if (!job.startDate) continue;
    const text = [job.position, job.summary, ...job.highlights].filter(Boolean).join("\n");
    if (!namesSkill(text, skill)) continue;
    const start = monthIndex(job.startDate);
    const end = monthIndex(job.endDate || today) + (job.endDate && job.endDate.length === 4 ? 11 : 0);
    if (end > start) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let current: [number, number] | null = null;
  for (const span of spans) {
    if (current && span[0] <= current[1]) current[1] = Math.max(current[1], span[1]);
    else {
      if (current) months += current[1] - current[0];
      current = [...span];
    }
  }
  if (current) months += current[1] - current[0];
  return Math.min(60, Math.round((months / 12) * 10) / 10);
}

export interface ResumeSkillChange {
  skillId: string;
  name: string;
  /** The resume's words it came from: "Web Development > JavaScript". */
  source: string;
  level: number;
  years: number;
  /** What the profile has now, or null when the skill is new. */
  current: { level: number; years: number } | null;
  status: "new" | "raised" | "unchanged";
}

export interface ResumeImportPreview {
  changes: ResumeSkillChange[];
  /** Names in the resume that are no skill Fitgap knows (left out). */
  unmapped: string[];
}

/**
 * What importing `resume` would do. A skill group's name and each of its keywords map through
 * the taxonomy and take the group's level; years come from work entries that name the skill.
 * Import never lowers what the profile already claims: level and years are the higher of the two.
 */
export function previewResumeImport(resume: JsonResume, current: ProfileSkill[], today: string): ResumeImportPreview {
  const found = new Map<string, { skill: SkillDefinition; level: number; source: string }>();
  const unmapped: string[] = [];
  // Spoken languages ("English", fluency "Native Speaker") are skills like any other.
  const languageGroups = resume.languages.map((entry) => ({ name: entry.language, level: entry.fluency, keywords: [] as string[] }));
  for (const group of [...resume.skills, ...languageGroups]) {
    const level = levelFromResume(group.level) ?? DEFAULT_RESUME_LEVEL;
    const names = [group.name, ...group.keywords].filter((name) => name.trim() !== "");
    for (const [position, name] of names.entries()) {
      const skill = findSkillByName(name);
      if (!skill) {
        if (!unmapped.includes(name)) unmapped.push(name);
        continue;
      }
      const source = position === 0 ? name : `${group.name} > ${name}`;
      const seen = found.get(skill.id);
      if (!seen || level > seen.level) found.set(skill.id, { skill, level, source });
    }
  }
  const currentById = new Map(current.filter((skill) => skill.skillId).map((skill) => [skill.skillId!, skill]));
  const changes = [...found.values()].map(({ skill, level, source }): ResumeSkillChange => {
    const years = yearsNamedInWork(skill, resume.work, today);
    const existing = currentById.get(skill.id);
    if (!existing) return { skillId: skill.id, name: skill.name, source, level, years, current: null, status: "new" };
    const merged = { level: Math.max(level, existing.level), years: Math.max(years, existing.years) };
    const raised = merged.level > existing.level || merged.years > existing.years;
    return { skillId: skill.id, name: skill.name, source, ...merged, current: { level: existing.level, years: existing.years }, status: raised ? "raised" : "unchanged" };
  });
  return { changes, unmapped };
}

/** The profile skills an import stores: the new and raised ones. */
export function skillsToImport(preview: ResumeImportPreview): ProfileSkill[] {
  return preview.changes
    .filter((change) => change.status !== "unchanged")
    .map((change) => ({ skillId: change.skillId, name: change.name, level: change.level, years: change.years }));
}

/** The profile's skills as a JSON Resume `skills` section, strongest first. */
export function profileToJsonResumeSkills(skills: ProfileSkill[]): JsonResumeSkills {
  return {
    skills: [...skills]
      .sort((a, b) => b.level - a.level || b.years - a.years || a.name.localeCompare(b.name))
      .map((skill) => ({ name: skill.name, level: levelWord(skill.level), keywords: [] })),
  };
}
