import { z } from "zod";
import { TRACK_UNITS } from "@/lib/analysis/types";
import { IsoDateSchema } from "@/lib/schemas/iso-date";
import { formNumber } from "@/lib/schemas/form-number";
import { OptionalHttpUrlSchema } from "@/lib/schemas/http-url";

/** The bounds of a track, shared by the form, the profile file import and the API. */
export const TRACK_LIMITS = { maxUnits: 10_000, minHoursPerUnit: 0.1, maxHoursPerUnit: 200, maxSkills: 30, maxLevel: 10 } as const;

const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((value) => (value ? value : null));
const optionalDate = z
  .union([IsoDateSchema, z.literal("")])
  .optional()
  .transform((value) => (value ? value : null));

export const TrackSkillSchema = z.object({
  name: z.string().trim().min(1).max(80),
  levelAtCompletion: formNumber(z.number({ error: "Levels are whole numbers from 0 to 10." }).int().min(0).max(10), 5),
});

export const StudyTrackSchema = z
  .object({
    title: z.string().trim().min(1, "Give the track a title.").max(200),
    provider: optionalText(120),
    url: OptionalHttpUrlSchema,
    unit: z.enum(TRACK_UNITS, { error: "Pick a unit." }),
    unitsDone: formNumber(z.number({ error: "Units done must be a whole number." }).int("Units done must be a whole number.").min(0).max(TRACK_LIMITS.maxUnits), 0),
    unitsTotal: formNumber(
      z.number({ error: "Total units must be a whole number." }).int("Total units must be a whole number.").min(1, "A track has at least one unit.").max(TRACK_LIMITS.maxUnits),
    ),
    hoursPerUnit: formNumber(z.number({ error: "Hours per unit must be a number." }).min(TRACK_LIMITS.minHoursPerUnit).max(TRACK_LIMITS.maxHoursPerUnit), 1),
    startedOn: optionalDate,
    targetOn: optionalDate,
    skills: z.array(TrackSkillSchema).max(30).default([]),
  })
  .refine((track) => track.unitsDone <= track.unitsTotal, { path: ["unitsDone"], message: "Units done cannot exceed the total." });

export type StudyTrackInput = z.infer<typeof StudyTrackSchema>;

export const TrackProgressSchema = z.object({
  trackId: z.string().min(1).max(64),
  unitsDone: formNumber(z.number({ error: "Enter how many units are done." }).int("Enter a whole number of units.").min(0).max(TRACK_LIMITS.maxUnits)),
  date: IsoDateSchema,
});

/** Editing a track: everything but its progress, which has its own history. */
export const StudyTrackEditSchema = z.object({
  trackId: z.string().min(1).max(64),
  title: z.string().trim().min(1, "Give the track a title.").max(200),
  unit: z.enum(TRACK_UNITS, { error: "Pick a unit." }),
  unitsTotal: z.coerce.number({ error: "Total units must be a whole number." }).int().min(1, "A track has at least one unit.").max(10_000),
  hoursPerUnit: z.coerce.number({ error: "Hours per unit must be a number." }).min(0.1).max(200),
  targetOn: optionalDate,
  skills: z.array(TrackSkillSchema).max(30).default([]),
});

export type StudyTrackEditInput = z.infer<typeof StudyTrackEditSchema>;
