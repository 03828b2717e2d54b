import { z } from "zod";
import { IsoDateSchema } from "@/lib/schemas/iso-date";
import { OptionalHttpUrlSchema } from "@/lib/schemas/http-url";
import { TRACK_LIMITS } from "@/lib/schemas/track";
import { findSkillByName } from "./taxonomy";
import { TRACK_UNITS, type Profile, type StudyTrack } from "./types";

/**
 * The profile export/import file, shared by the web app and the CLI:
 *   { "skills": [{ "name": "Python", "level": 8, "years": 6 }],
 *     "tracks": [{ "title": "MIT 6.824", "skills": ["Distributed systems"], "done": 1, "total": 20 }] }
 * A skill may be named by any alias. A track skill is a name (it brings DEFAULT_TRACK_LEVEL on
 * completion) or { name, level }. The other track fields are optional and exported when known.
 */
export const DEFAULT_TRACK_LEVEL = 6;
export const DEFAULT_TRACK_UNIT = "module";
export const DEFAULT_HOURS_PER_UNIT = 1;

const skillName = z.string().trim().min(1, "A skill needs a name.").max(80);

// The same bounds as the forms (lib/schemas): a file can store nothing a form would refuse.
const LEVEL = z.number().int("Levels are whole numbers from 0 to 10.").min(0, "Levels run from 0 to 10.").max(10, "Levels run from 0 to 10.");
const UNITS = z.number().int("Units are whole numbers.").min(0).max(TRACK_LIMITS.maxUnits);

export const ProfileFileSkillSchema = z.object({
  name: skillName,
  level: LEVEL,
  years: z.number().min(0).max(60).default(0),
});

export const ProfileFileTrackSkillSchema = z.union([skillName, z.object({ name: skillName, level: LEVEL })]);

export const ProfileFileTrackSchema = z
  .object({
    title: z.string().trim().min(1, "A track needs a title.").max(200),
    skills: z.array(ProfileFileTrackSkillSchema).max(TRACK_LIMITS.maxSkills).default([]),
    done: UNITS.default(0),
    total: UNITS.min(1, "A track has at least one unit."),
    unit: z.enum(TRACK_UNITS).optional(),
    hoursPerUnit: z.number().min(TRACK_LIMITS.minHoursPerUnit).max(TRACK_LIMITS.maxHoursPerUnit).optional(),
    provider: z.string().trim().max(120).nullable().optional(),
    url: OptionalHttpUrlSchema,
    startedOn: IsoDateSchema.nullable().optional(),
    targetOn: IsoDateSchema.nullable().optional(),
    progress: z.array(z.object({ date: IsoDateSchema, done: UNITS })).max(1000).optional(),
  })
  .refine((track) => track.done <= track.total, { path: ["done"], message: "Units done cannot exceed the total." })
  .refine((track) => (track.progress ?? []).every((entry) => entry.done <= track.total), { path: ["progress"], message: "Progress cannot exceed the total units." });

export const ProfileFileSchema = z.object({
  skills: z.array(ProfileFileSkillSchema).max(500).default([]),
  tracks: z.array(ProfileFileTrackSchema).max(200).default([]),
});

export type ProfileFile = z.infer<typeof ProfileFileSchema>;
export type ProfileFileInput = z.input<typeof ProfileFileSchema>;

function resolve(name: string): { skillId: string | null; name: string } {
  const skill = findSkillByName(name);
  return skill ? { skillId: skill.id, name: skill.name } : { skillId: null, name };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "track"
  );
}

/** Track ids from titles, so importing the same file twice gives the same ids. */
function trackIds(titles: string[]): string[] {
  const used = new Map<string, number>();
  return titles.map((title) => {
    const base = `track-${slug(title)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

export function profileFromFile(file: ProfileFile): Profile {
  const ids = trackIds(file.tracks.map((track) => track.title));
  const tracks: StudyTrack[] = file.tracks.map((track, index) => ({
    id: ids[index],
    title: track.title,
    provider: track.provider ?? null,
    url: track.url ?? null,
    unit: track.unit ?? DEFAULT_TRACK_UNIT,
    unitsDone: track.done,
    unitsTotal: track.total,
    hoursPerUnit: track.hoursPerUnit ?? DEFAULT_HOURS_PER_UNIT,
    startedOn: track.startedOn ?? null,
    targetOn: track.targetOn ?? null,
    skills: track.skills.map((skill) => {
      const name = typeof skill === "string" ? skill : skill.name;
      const level = typeof skill === "string" ? DEFAULT_TRACK_LEVEL : skill.level;
      return { ...resolve(name), levelAtCompletion: level };
    }),
    progress: (track.progress ?? []).map((entry) => ({ date: entry.date, unitsDone: entry.done })),
  }));
  return {
    skills: file.skills.map((skill) => ({ ...resolve(skill.name), level: skill.level, years: skill.years })),
    tracks,
  };
}

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; issues: string[] };

/** Validates untrusted JSON (an uploaded file, a CLI argument) and converts it. */
export function parseProfileFile(json: unknown): ParseProfileResult {
  const parsed = ProfileFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`);
    return { ok: false, issues };
  }
  return { ok: true, profile: profileFromFile(parsed.data) };
}

export function profileToFile(profile: Profile): ProfileFile {
  return {
    skills: profile.skills.map((skill) => ({ name: skill.name, level: skill.level, years: skill.years })),
    tracks: profile.tracks.map((track) => ({
      title: track.title,
      skills: track.skills.map((skill) =>
        skill.levelAtCompletion === DEFAULT_TRACK_LEVEL ? skill.name : { name: skill.name, level: skill.levelAtCompletion },
      ),
      done: track.unitsDone,
      total: track.unitsTotal,
      unit: track.unit,
      hoursPerUnit: track.hoursPerUnit,
      provider: track.provider,
      url: track.url,
      startedOn: track.startedOn,
      targetOn: track.targetOn,
      progress: track.progress.map((entry) => ({ date: entry.date, done: entry.unitsDone })),
    })),
  };
}
