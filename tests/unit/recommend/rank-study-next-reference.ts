/**
 * The quadratic rankStudyNext as it was before issue 11 (every candidate skill re-measured on every
 * posting), kept only as the reference the linear one must agree with. Not used by the app.
 */
import type { GapReport } from "@/lib/analysis/score/types";
import type { PostingAnalysis, Profile, StudyTrack } from "@/lib/analysis/types";
import { indexEvidence, levelInView } from "@/lib/analysis/score/evidence";
import { taxonomyGraph, type SkillGraph } from "@/lib/analysis/score/skill-graph";
import { StudyMeter } from "@/lib/analysis/recommend/study-state";

interface StudyNextItem {
  skillId: string;
  name: string;
  /**
   * Fit points gained, summed over the postings (each counts 0-100, must-haves weighing 3 and
   * preferred 1): more postings asking, a must rather than a preferred, and a longer way to go
   * all raise it.
   */
  gain: number;
  /** How many of the postings ask for it as a must-have, and in all. */
  mustPostings: number;
  postings: { index: number; title: string | null; gain: number }[];
  /** What you can claim today, and with study progress so far (0-10). */
  claimedLevel: number;
  studyingLevel: number;
  /** Titles of your tracks that teach it. */
  studyingIn: string[];
}

interface StudyNextOptions {
  graph?: SkillGraph;
  limit?: number;
}

/** Improving a skill is modelled as reaching level 10 in it; study never adds years. */
const IMPROVED_LEVEL = 10;

function improvementTrack(skillId: string, name: string): StudyTrack {
  return {
    id: `improve:${skillId}`,
    title: `Improve ${name}`,
    provider: null,
    url: null,
    unit: "module",
    unitsDone: 1,
    unitsTotal: 1,
    hoursPerUnit: 0,
    startedOn: null,
    targetOn: null,
    skills: [{ skillId, name, levelAtCompletion: IMPROVED_LEVEL }],
    progress: [],
  };
}

/**
 * Across saved postings: which skills, if improved, raise fit the most, summed over postings
 * (so a skill three postings ask beats one only one asks), must-haves weighing three times
 * preferred ones, and measured from claims plus study progress so far (so the further you are,
 * the more it gains).
 */
export function rankStudyNextReference(
  postings: { analysis: PostingAnalysis; report?: GapReport }[],
  profile: Profile,
  options: StudyNextOptions = {},
): StudyNextItem[] {
  const graph = options.graph ?? taxonomyGraph;
  const evidence = indexEvidence(profile, graph);
  const meters = postings.map(({ analysis }) => new StudyMeter(analysis, graph));

  const skills = new Map<string, string>();
  for (const { analysis } of postings) {
    for (const requirement of analysis.requirements) {
      for (const skill of requirement.skills) {
        if (skill.id && !skills.has(skill.id)) skills.set(skill.id, graph.nameOf(skill.id) ?? skill.name);
      }
    }
  }

  // Greedy with re-measuring: once a skill is picked, its alternatives in an "any of" line (and
  // what it already covers) gain only what is left, so "AWS, GCP or Azure" yields one pick, not
  // three. Lazy: gains only shrink as more is improved, so a skill is re-measured only when its
  // last measured gain still tops the list; the rest keep their (upper-bound) gain.
  let state = profile;
  let baselines = meters.map((meter) => meter.coverages(state));
  const measure = (skillId: string, name: string) => {
    const improvement = improvementTrack(skillId, name);
    const after = meters.map((meter, index) => meter.coveragesWith(state, baselines[index], improvement));
    const perPosting = postings
      .map(({ analysis }, index) => ({
        index,
        title: analysis.title,
        gain: Math.round(10 * 100 * (meters[index].total(after[index]) - meters[index].total(baselines[index]))) / 10,
      }))
      .filter((entry) => entry.gain > 0);
    const gain = Math.round(10 * perPosting.reduce((sum, entry) => sum + entry.gain, 0)) / 10;
    const mustPostings = postings.filter(({ analysis }) =>
      analysis.requirements.some((requirement) => requirement.kind === "must" && requirement.skills.some((skill) => skill.id === skillId)),
    ).length;
    return { skillId, name, improvement, after, perPosting, gain, mustPostings, round: 0 };
  };
  type Measured = ReturnType<typeof measure>;
  const order = (a: Measured, b: Measured) => b.gain - a.gain || b.mustPostings - a.mustPostings || a.name.localeCompare(b.name);
  let queue = [...skills.entries()].map(([skillId, name]) => measure(skillId, name)).filter((entry) => entry.gain > 0);
  const items: StudyNextItem[] = [];
  const limit = options.limit ?? Infinity;
  let round = 0;
  while (items.length < limit && queue.length > 0) {
    // Every skill re-measured after each pick: the plain greedy, whatever rounding does to gains.
    if (queue.some((entry) => entry.round !== round)) {
      queue = queue.map((entry) => ({ ...measure(entry.skillId, entry.name), round })).filter((entry) => entry.gain > 0);
      continue;
    }
    queue.sort(order);
    const head = queue[0];
    const own = evidence.byKey.get(head.skillId);
    items.push({
      skillId: head.skillId,
      name: head.name,
      gain: head.gain,
      postings: head.perPosting,
      mustPostings: head.mustPostings,
      claimedLevel: own ? levelInView(own, "claimed") : 0,
      studyingLevel: own ? levelInView(own, "studying") : 0,
      studyingIn: own ? [...new Set(own.tracks.map((track) => track.title))] : [],
    });
    state = { skills: state.skills, tracks: [...state.tracks, head.improvement] };
    baselines = head.after;
    round += 1;
    queue = queue.slice(1);
  }
  return items;
}
