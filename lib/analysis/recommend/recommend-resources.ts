import type { GapReport } from "../score/types";
import type { PostingAnalysis, Profile, Resource, StudyTrack } from "../types";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { completeTrack, normalizeUrl, resourceAsTrack, StudyMeter, withTrack } from "./study-state";

export interface Recommendation {
  kind: "track" | "resource";
  /** The track id or the resource id. */
  id: string;
  /** For a track, what is left: "Finish MIT 6.824: lectures 2-20". */
  title: string;
  url: string | null;
  hours: number;
  /** The skill that gains most (taxonomy id and name). */
  skillId: string;
  skill: string;
  /** Every skill of the resource that raises this posting's coverage. */
  skillIds: string[];
  /** Fit points (0-100 scale) this adds on the posting, on top of study already done and chosen above. */
  gain: number;
  gainPerHour: number;
  reason: string;
  /** For the first pick: the must-have gap it was chosen to close (dealbreaker first); else null. */
  requirementIndex: number | null;
}

export interface RecommendOptions {
  limit?: number;
  graph?: SkillGraph;
}

/** Own tracks come first at equal value: finishing what is started beats starting anew. */
export const PREFERENCE = { trackInProgress: 2, trackNotStarted: 1.5, resource: 1 } as const;
const MIN_GAIN_POINTS = 0.25;
const MIN_HOURS = 0.5;

interface Candidate {
  kind: "track" | "resource";
  id: string;
  title: string;
  url: string | null;
  hours: number;
  preference: number;
  track: StudyTrack;
}

function plural(unit: string): string {
  return unit.endsWith("s") ? unit : `${unit}s`;
}

export function remainingTrackTitle(track: StudyTrack): string {
  const first = Math.floor(track.unitsDone) + 1;
  const last = Math.ceil(track.unitsTotal);
  const range = first >= last ? `${track.unit} ${last}` : `${plural(track.unit)} ${first}-${last}`;
  return track.unitsDone > 0 ? `Finish ${track.title}: ${range}` : `Start ${track.title}: ${range}`;
}

/** Query languages go with any programming language; they are not "another language". */
const LANGUAGE_NEUTRAL = /sql/;

/**
 * Programming languages the posting asks for (with their relatives), or null when it asks none:
 * then no resource is ruled out for its language.
 */
function askedLanguages(analysis: PostingAnalysis, graph: SkillGraph): ((skillId: string) => boolean) | null {
  if (!graph.categoryOf) return null;
  const asked = new Set(analysis.requirements.flatMap((requirement) => requirement.skills.map((skill) => skill.id)));
  const languages = [...asked].filter((id) => graph.categoryOf!(id) === "language");
  if (languages.length === 0) return null;
  return (skillId) =>
    asked.has(skillId) ||
    [...asked].some((id) => graph.distanceUp(skillId, id) !== null || graph.distanceUp(id, skillId) !== null);
}

/** A resource teaching a programming language the posting does not ask (Python for a Java role). */
function teachesAnotherLanguage(resource: Resource, isAsked: ((skillId: string) => boolean) | null, graph: SkillGraph): boolean {
  if (!isAsked) return false;
  return resource.skills.some(
    (skill) => graph.categoryOf?.(skill.skillId) === "language" && !LANGUAGE_NEUTRAL.test(skill.skillId) && !isAsked(skill.skillId),
  );
}

function candidatesFor(profile: Profile, catalog: Resource[], graph: SkillGraph, analysis: PostingAnalysis): Candidate[] {
  const isAsked = askedLanguages(analysis, graph);
  const result: Candidate[] = [];
  const trackUrls = new Set(profile.tracks.map((track) => normalizeUrl(track.url)).filter(Boolean));
  for (const track of profile.tracks) {
    if (track.unitsDone >= track.unitsTotal) continue;
    result.push({
      kind: "track",
      id: track.id,
      title: remainingTrackTitle(track),
      url: track.url,
      hours: Math.max(MIN_HOURS, (track.unitsTotal - track.unitsDone) * track.hoursPerUnit),
      preference: track.unitsDone > 0 ? PREFERENCE.trackInProgress : PREFERENCE.trackNotStarted,
      track: completeTrack(track),
    });
  }
  for (const resource of catalog) {
    if (trackUrls.has(normalizeUrl(resource.url))) continue;
    if (teachesAnotherLanguage(resource, isAsked, graph)) continue;
    result.push({
      kind: "resource",
      id: resource.id,
      title: resource.title,
      url: resource.url,
      hours: Math.max(MIN_HOURS, resource.hours),
      preference: PREFERENCE.resource,
      track: resourceAsTrack(resource, graph),
    });
  }
  return result;
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Must-haves not met, in the order a lead pick should serve them: dealbreakers, then gaps, then the furthest. */
function mustGapsInOrder(report: GapReport): number[] {
  const order = { gap: 0, partial: 1, met: 2 } as const;
  return report.requirements
    .filter((requirement) => requirement.kind === "must" && requirement.scored && requirement.status !== "met")
    .sort(
      (a, b) =>
        Number(b.dealbreaker) - Number(a.dealbreaker) ||
        order[a.status] - order[b.status] ||
        a.studying - b.studying ||
        a.index - b.index,
    )
    .map((requirement) => requirement.index);
}

/**
 * The lead: a must-have gap (a dealbreaker first) comes before anything else. After it, greedy:
 * pick the candidate with the most fit gained per hour (times its preference), add it to what the
 * person will know, and re-measure the rest against that, so two resources for the same gap are
 * not both recommended unless the second still adds.
 */
export function recommendResources(
  analysis: PostingAnalysis,
  report: GapReport,
  profile: Profile,
  catalog: Resource[],
  options: RecommendOptions = {},
): Recommendation[] {
  const graph = options.graph ?? taxonomyGraph;
  const limit = options.limit ?? 8;
  if (report.requirements.every((requirement) => !requirement.scored || requirement.studying >= 1)) return [];

  const meter = new StudyMeter(analysis, graph);
  let state = profile;
  let coverages = meter.coverages(state);
  let base = meter.total(coverages);
  let pool = candidatesFor(profile, catalog, graph, analysis);
  const picked: Recommendation[] = [];
  const leadOrder = mustGapsInOrder(report);

  while (picked.length < limit && pool.length > 0) {
    const measured = pool
      .map((candidate) => {
        const after = meter.coveragesWith(state, coverages, candidate.track);
        const gain = 100 * (meter.total(after) - base);
        return { candidate, gain, after, value: (gain / candidate.hours) * candidate.preference };
      })
      .filter((entry) => entry.gain >= MIN_GAIN_POINTS);
    if (measured.length === 0) break;
    measured.sort((a, b) => b.value - a.value || a.candidate.hours - b.candidate.hours || a.candidate.id.localeCompare(b.candidate.id));
    let best = measured[0];
    let requirementIndex: number | null = null;
    if (picked.length === 0) {
      for (const index of leadOrder) {
        const position = meter.positionOf(index);
        if (position < 0) continue;
        // The lead is what closes this must-have most (Effective Java for Java), not what is cheapest.
        const serving = measured
          .filter((entry) => entry.after[position] > coverages[position] + 1e-9)
          .sort((a, b) => b.after[position] - a.after[position] || b.value - a.value)[0];
        if (serving) {
          best = serving;
          requirementIndex = index;
          break;
        }
      }
    }
    const recommendation = describe(best.candidate, best.gain, meter, state, coverages, base, graph);
    if (requirementIndex !== null) {
      const requirement = report.requirements.find((entry) => entry.index === requirementIndex)!;
      recommendation.requirementIndex = requirementIndex;
      recommendation.reason = `${requirement.dealbreaker ? "Dealbreaker" : "Must-have gap"} first: ${recommendation.reason}`;
    }
    picked.push(recommendation);
    state = withTrack(state, best.candidate.track);
    coverages = best.after;
    base = meter.total(coverages);
    // Gains only shrink as more is studied, so a candidate that gained nothing stays out.
    const alive = new Set(measured.map((entry) => entry.candidate));
    pool = pool.filter((candidate) => candidate !== best.candidate && alive.has(candidate));
  }
  return picked;
}

function describe(
  candidate: Candidate,
  gain: number,
  meter: StudyMeter,
  state: Profile,
  coverages: number[],
  base: number,
  graph: SkillGraph,
): Recommendation {
  const perSkill = candidate.track.skills
    .filter((skill) => skill.skillId !== null)
    .map((skill) => {
      const single = { ...candidate.track, skills: [skill] };
      return { skill, gain: meter.total(meter.coveragesWith(state, coverages, single)) - base };
    })
    .filter((entry) => entry.gain > 0)
    .sort((a, b) => b.gain - a.gain);
  const main = perSkill[0]?.skill ?? candidate.track.skills[0];
  const skillId = main?.skillId ?? "";
  const skill = (skillId && graph.nameOf(skillId)) || main?.name || skillId;
  const why =
    candidate.kind === "track"
      ? candidate.preference === PREFERENCE.trackInProgress
        ? "already in progress"
        : "already on your study list"
      : "from the catalog";
  return {
    kind: candidate.kind,
    id: candidate.id,
    title: candidate.title,
    url: candidate.url,
    hours: round(candidate.hours, 1),
    skillId,
    skill,
    skillIds: perSkill.map((entry) => entry.skill.skillId as string),
    gain: round(gain, 1),
    gainPerHour: round(gain / candidate.hours, 2),
    reason: `+${round(gain, 1)} fit points on ${skill} for about ${round(candidate.hours, 1)} h (${why}).`,
    requirementIndex: null,
  };
}
