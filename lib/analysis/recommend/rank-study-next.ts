import type { GapReport } from "../score/types";
import type { PostingAnalysis, Profile, StudyTrack } from "../types";
import { indexEvidence, levelInView } from "../score/evidence";
import { BROADER_FACTORS, NARROWER_FACTORS } from "../score/skill-credit";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { StudyMeter, withTrack } from "./study-state";
import { MaxHeap } from "./max-heap";

export interface StudyNextItem {
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

export interface StudyNextOptions {
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

/** Where a skill is asked: the posting (by index) and the positions of its requirements that name it. */
type Touches = Map<number, number[]>;

/**
 * For each candidate skill, the requirements that improving it can change, found by walking up
 * the graph from each skill once (a skill credits a required ancestor within the narrower reach,
 * and a required descendant within the broader reach) rather than by testing every pair of
 * skill and requirement. Built once per ranking: its size is the number of (skill, requirement)
 * relations, linear in postings x requirements for a given taxonomy.
 */
function indexTouches(meters: StudyMeter[], graph: SkillGraph): { candidates: Map<string, string>; touchesOf: (skillId: string) => Touches; mustPostings: Map<string, number> } {
  const askedAt = new Map<string, { posting: number; position: number }[]>();
  const candidates = new Map<string, string>();
  const mustPostings = new Map<string, number>();
  meters.forEach((meter, posting) => {
    const mustHere = new Set<string>();
    for (const { position, skills, must } of meter.askedSkills()) {
      for (const { id: skillId, name } of skills) {
        if (!skillId) continue;
        if (!candidates.has(skillId)) candidates.set(skillId, graph.nameOf(skillId) ?? name);
        let places = askedAt.get(skillId);
        if (!places) askedAt.set(skillId, (places = []));
        places.push({ posting, position });
        if (must) mustHere.add(skillId);
      }
    }
    for (const skillId of mustHere) mustPostings.set(skillId, (mustPostings.get(skillId) ?? 0) + 1);
  });
  // Required skills reached from a broader candidate: candidate -> the asked skills below it.
  const askedBelow = new Map<string, string[]>();
  for (const asked of askedAt.keys()) {
    for (const ancestor of graph.ancestorsWithin(asked, BROADER_FACTORS.length)) {
      let below = askedBelow.get(ancestor);
      if (!below) askedBelow.set(ancestor, (below = []));
      below.push(asked);
    }
  }
  const cache = new Map<string, Touches>();
  const touchesOf = (skillId: string): Touches => {
    const cached = cache.get(skillId);
    if (cached) return cached;
    const reached = new Set<string>([skillId, ...graph.ancestorsWithin(skillId, NARROWER_FACTORS.length), ...(askedBelow.get(skillId) ?? [])]);
    const byPosting: Touches = new Map();
    for (const asked of reached) {
      for (const { posting, position } of askedAt.get(asked) ?? []) {
        const positions = byPosting.get(posting);
        if (!positions) byPosting.set(posting, [position]);
        else if (!positions.includes(position)) positions.push(position);
      }
    }
    // Posting order, so gains add up in the same order whatever the walk found first.
    const ordered: Touches = new Map([...byPosting.entries()].sort((a, b) => a[0] - b[0]));
    cache.set(skillId, ordered);
    return ordered;
  };
  return { candidates, touchesOf, mustPostings };
}

/**
 * Across saved postings: which skills, if improved, raise fit the most, summed over postings
 * (so a skill three postings ask beats one only one asks), must-haves weighing three times
 * preferred ones, and measured from claims plus study progress so far (so the further you are,
 * the more it gains).
 *
 * Cost: linear in the (skill, requirement) relations of the postings. Measuring a skill visits
 * only the postings whose requirements it can change (found once, by indexTouches), and the
 * evidence of "the profile plus this skill improved" is built once per measure, not per posting.
 */
export function rankStudyNext(
  postings: { analysis: PostingAnalysis; report?: GapReport }[],
  profile: Profile,
  options: StudyNextOptions = {},
): StudyNextItem[] {
  const graph = options.graph ?? taxonomyGraph;
  const evidence = indexEvidence(profile, graph);
  const meters = postings.map(({ analysis }) => new StudyMeter(analysis, graph));
  const { candidates, touchesOf, mustPostings } = indexTouches(meters, graph);

  // Greedy with re-measuring: once a skill is picked, its alternatives in an "any of" line (and
  // what it already covers) gain only what is left, so "AWS, GCP or Azure" yields one pick, not
  // three. Lazy: gains only shrink as more is improved, so a skill is re-measured only when its
  // last measured gain still tops the list; the rest keep their (upper-bound) gain.
  let state = profile;
  const baselines = meters.map((meter) => meter.coverages(state));
  const measure = (skillId: string, name: string, round: number) => {
    const improvement = improvementTrack(skillId, name);
    const improved = indexEvidence(withTrack(state, improvement), graph);
    const after = new Map<number, number[]>();
    const perPosting: StudyNextItem["postings"] = [];
    for (const [index, positions] of touchesOf(skillId)) {
      const meter = meters[index];
      const coverages = baselines[index].slice();
      for (const position of positions) coverages[position] = meter.coverageAt(position, improved);
      after.set(index, coverages);
      const gain = Math.round(10 * 100 * (meter.total(coverages) - meter.total(baselines[index]))) / 10;
      if (gain > 0) perPosting.push({ index, title: postings[index].analysis.title, gain });
    }
    const gain = Math.round(10 * perPosting.reduce((sum, entry) => sum + entry.gain, 0)) / 10;
    return { skillId, name, improvement, after, perPosting, gain, mustPostings: mustPostings.get(skillId) ?? 0, round };
  };
  type Measured = ReturnType<typeof measure>;
  // Most skills are asked by one or two postings and never come near the top. Each starts with an
  // upper bound of its gain (every requirement it touches fully covered, plus rounding), cheap to
  // add up, and is measured only when that bound reaches the top of the queue.
  type Entry = Pick<Measured, "skillId" | "name" | "gain" | "mustPostings" | "round"> & { measured?: Measured; exact?: boolean };
  // Gains are rounded per posting, so a later re-measure can come out up to a rounding step per
  // posting higher than an earlier one; a measured entry waits in the queue with that slack added,
  // and is picked only once its exact gain still tops every other entry's bound.
  const slackOf = (measured: Measured): number => 0.1 * measured.after.size + 0.1 + 1e-9;
  const UNMEASURED = -1;
  const upperBound = (skillId: string): number => {
    let bound = 0.05;
    for (const [index, positions] of touchesOf(skillId)) {
      let share = 0;
      for (const position of positions) share += meters[index].weightShare(position) * Math.max(0, 1 - baselines[index][position]);
      if (share > 0) bound += 100 * share + 0.05;
    }
    return bound + 1e-9;
  };
  const queue = new MaxHeap<Entry>((a, b) => a.gain - b.gain || a.mustPostings - b.mustPostings || b.name.localeCompare(a.name) || (a.skillId < b.skillId ? 1 : a.skillId > b.skillId ? -1 : 0));
  for (const [skillId, name] of candidates) {
    const gain = upperBound(skillId);
    if (gain > 0.05 + 1e-9) queue.push({ skillId, name, gain, mustPostings: mustPostings.get(skillId) ?? 0, round: UNMEASURED });
  }
  const items: StudyNextItem[] = [];
  const limit = options.limit ?? Infinity;
  let round = 0;
  // Exact entries left behind by a pick become bounds again (with the slack) for the next round.
  let exactThisRound: Entry[] = [];
  while (items.length < limit && queue.size > 0) {
    const entry = queue.pop()!;
    if (entry.round !== round || !entry.measured) {
      const fresh = measure(entry.skillId, entry.name, round);
      if (fresh.gain > 0) queue.push({ ...fresh, gain: fresh.gain + slackOf(fresh), measured: fresh });
      continue;
    }
    if (!entry.exact) {
      const exact = { ...entry, gain: entry.measured.gain, exact: true };
      queue.push(exact);
      exactThisRound.push(exact);
      continue;
    }
    const head = entry.measured;
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
    for (const [index, coverages] of head.after) baselines[index] = coverages;
    round += 1;
    for (const left of exactThisRound) if (left !== entry && left.measured) queue.push({ ...left, gain: left.measured.gain + slackOf(left.measured), exact: false });
    exactThisRound = [];
  }
  return items;
}
