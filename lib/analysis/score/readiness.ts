import type { Profile, Requirement, StudyTrack } from "../types";
import { addDays, daysBetween } from "./dates";
import { indexEvidence } from "./evidence";
import { scoreRequirements, toPercent, weightedCoverage } from "./requirement-score";
import type { SkillGraph } from "./skill-graph";
import type { PaceBasis, TrackReadiness } from "./types";

/** Longest horizon for an estimate: beyond ten years a date means nothing. */
const MAX_HORIZON_DAYS = 3650;

export interface TrackPace {
  trackId: string;
  title: string;
  basis: PaceBasis;
  unitsPerDay: number | null;
  daysToComplete: number | null;
}

/**
 * A track's own pace: units done over the days since it started. Without progress, the pace
 * needed to meet its target date, when it has one. Otherwise unknown.
 */
export function estimateTrackPace(track: StudyTrack, today: string): TrackPace {
  const base = { trackId: track.id, title: track.title };
  const remaining = Math.max(0, track.unitsTotal - track.unitsDone);
  if (remaining === 0) return { ...base, basis: "done", unitsPerDay: null, daysToComplete: 0 };

  const startedOn = track.startedOn ?? [...track.progress].sort((a, b) => a.date.localeCompare(b.date))[0]?.date ?? null;
  if (startedOn && track.unitsDone > 0) {
    const elapsed = daysBetween(startedOn, today);
    if (elapsed >= 0) {
      const unitsPerDay = track.unitsDone / Math.max(1, elapsed);
      const daysToComplete = Math.ceil(remaining / unitsPerDay - 1e-9);
      if (daysToComplete <= MAX_HORIZON_DAYS) return { ...base, basis: "pace", unitsPerDay, daysToComplete };
    }
  }
  if (track.targetOn) {
    const left = daysBetween(today, track.targetOn);
    if (left > 0) return { ...base, basis: "target", unitsPerDay: remaining / left, daysToComplete: left };
  }
  return { ...base, basis: "unknown", unitsPerDay: null, daysToComplete: null };
}

export function toTrackReadiness(pace: TrackPace, today: string): TrackReadiness {
  return {
    trackId: pace.trackId,
    title: pace.title,
    basis: pace.basis,
    unitsPerWeek: pace.unitsPerDay === null ? null : Math.round(pace.unitsPerDay * 7 * 100) / 100,
    completesOn: pace.daysToComplete === null ? null : addDays(today, pace.daysToComplete),
  };
}

/** The profile as it would be `days` from today, each track advanced at its own pace. */
export function profileAfterDays(profile: Profile, paces: Map<string, TrackPace>, days: number): Profile {
  return {
    skills: profile.skills,
    tracks: profile.tracks.map((track) => {
      const pace = paces.get(track.id);
      if (!pace || pace.unitsPerDay === null) return track;
      const unitsDone = Math.min(track.unitsTotal, track.unitsDone + pace.unitsPerDay * days);
      return { ...track, unitsDone };
    }),
  };
}

export interface ReadinessEstimate {
  readinessDate: string | null;
  readinessNote: string;
}

/** "No study track covers Java, Spring." or "" when every gap has a track. */
export function uncoveredNote(uncovered: string[]): string {
  if (uncovered.length === 0) return "";
  const shown = uncovered.slice(0, 5);
  const more = uncovered.length > shown.length ? ` and ${uncovered.length - shown.length} more` : "";
  return `No study track covers ${shown.join(", ")}${more}.`;
}

/**
 * The first day on which claims plus study progress (each track at its own pace) reach the
 * projected fit. Progress only grows with time, so the fit on day D only grows with D and a
 * binary search over days finds the first one. A date is given only when a track still in
 * progress (with a pace or a target) moves the fit; otherwise the note says why not and which
 * gaps (`uncovered`) no track covers. The note never repeats the date: a report shows it once.
 */
export function estimateReadiness(
  requirements: Requirement[],
  profile: Profile,
  fitProjected: number,
  relevantTracks: StudyTrack[],
  options: { today: string; graph: SkillGraph; uncovered?: string[] },
): ReadinessEstimate {
  const { today, graph } = options;
  const tail = uncoveredNote(options.uncovered ?? []);
  const withTail = (note: string) => (tail ? `${note} ${tail}` : note);
  const paces = new Map(profile.tracks.map((track) => [track.id, estimateTrackPace(track, today)]));
  const fitAfter = (days: number) => {
    const evidence = indexEvidence(profileAfterDays(profile, paces, days), graph);
    const scores = scoreRequirements(requirements, evidence, graph, ["studying"]);
    return toPercent(weightedCoverage(scores, (score) => score.studying));
  };

  if (relevantTracks.length === 0) {
    return { readinessDate: null, readinessNote: tail || "No study track adds to this posting: projected fit is fit now." };
  }
  if (fitAfter(0) >= fitProjected) {
    return { readinessDate: null, readinessNote: withTail("Your study progress so far already reaches the projected fit.") };
  }

  const moving = relevantTracks.filter((track) => {
    const basis = paces.get(track.id)?.basis;
    return basis === "pace" || basis === "target";
  });
  const horizon = Math.min(
    MAX_HORIZON_DAYS,
    Math.max(0, ...moving.map((track) => paces.get(track.id)?.daysToComplete ?? 0)),
  );
  if (moving.length === 0 || fitAfter(horizon) < fitProjected) {
    const stalled = relevantTracks
      .filter((track) => paces.get(track.id)?.basis === "unknown")
      .map((track) => track.title);
    const note =
      stalled.length === 0
        ? "No date yet: a needed track has no progress and no target date, so its pace is unknown."
        : stalled.length === 1
          ? `No date yet: ${stalled[0]} has no progress and no target date, so its pace is unknown.`
          : `No date yet: ${stalled.join(", ")} have no progress and no target date, so their pace is unknown.`;
    return { readinessDate: null, readinessNote: withTail(note) };
  }

  let low = 0;
  let high = horizon;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fitAfter(middle) >= fitProjected) high = middle;
    else low = middle + 1;
  }
  const finisher = relevantTracks.find((track) => paces.get(track.id)?.daysToComplete === low && low > 0);
  const when = finisher ? `when ${finisher.title} is complete, ` : "";
  return { readinessDate: addDays(today, low), readinessNote: withTail(`Reached ${when}at your current pace.`) };
}
