import { z } from "zod";
import { TRACK_UNITS } from "@/lib/analysis/types";
import { IsoDateSchema } from "@/lib/schemas/iso-date";

const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((value) => (value ? value : null));
const optionalDate = z
  .union([IsoDateSchema, z.literal("")])
  .optional()
  .transform((value) => (value ? value : null));

export const TrackSkillSchema = z.object({
  name: z.string().trim().min(1).max(80),
  levelAtCompletion: z.coerce.number().int().min(0).max(10).default(5),
});

export const StudyTrackSchema = z
  .object({
    title: z.string().trim().min(1, "Give the track a title.").max(200),
    provider: optionalText(120),
    url: z
      .union([z.url({ protocol: /^https?$/, error: "Use an http(s) link." }), z.literal("")])
      .optional()
      .transform((value) => (value ? value : null)),
    unit: z.enum(TRACK_UNITS, { error: "Pick a unit." }),
    unitsDone: z.coerce.number({ error: "Units done must be a whole number." }).int().min(0).max(10_000).default(0),
    unitsTotal: z.coerce.number({ error: "Total units must be a whole number." }).int().min(1, "A track has at least one unit.").max(10_000),
    hoursPerUnit: z.coerce.number({ error: "Hours per unit must be a number." }).min(0.1).max(200).default(1),
    startedOn: optionalDate,
    targetOn: optionalDate,
    skills: z.array(TrackSkillSchema).max(30).default([]),
  })
  .refine((track) => track.unitsDone <= track.unitsTotal, { path: ["unitsDone"], message: "Units done cannot exceed the total." });

export type StudyTrackInput = z.infer<typeof StudyTrackSchema>;

export const TrackProgressSchema = z.object({
  trackId: z.string().min(1).max(64),
  unitsDone: z.coerce.number({ error: "Enter how many units are done." }).int().min(0).max(10_000),
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
