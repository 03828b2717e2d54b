import { normalizeSkillName } from "../taxonomy";
import type { Profile, StudyTrack } from "../types";
import type { SkillGraph } from "./skill-graph";

/**
 * What the person brings for one skill, gathered from claims and study tracks.
 * Three views of the same evidence:
 *   claimed   - what can be claimed today; study never counts here
 *   studying  - claims plus each track's level scaled by its progress so far
 *   projected - claims plus each track's level at completion
 * Study adds level, never years: years of experience only come from claims.
 */
export type EvidenceView = "claimed" | "studying" | "projected";

export interface TrackContribution {
  trackId: string;
  title: string;
  unit: StudyTrack["unit"];
  unitsDone: number;
  unitsTotal: number;
  levelAtCompletion: number;
  levelNow: number;
}

export interface SkillEvidence {
  /** The taxonomy id when the name resolves, else "name:" + normalised name. */
  key: string;
  skillId: string | null;
  name: string;
  claimedLevel: number;
  years: number;
  studyingLevel: number;
  projectedLevel: number;
  tracks: TrackContribution[];
}

export interface EvidenceIndex {
  byKey: Map<string, SkillEvidence>;
  /** Evidence with a taxonomy id, the only kind that can be related to other skills. */
  withIds: SkillEvidence[];
}

export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(10, Math.max(0, level)) : 0;
}

function clampYears(years: number): number {
  return Number.isFinite(years) ? Math.max(0, years) : 0;
}

export function trackProgress(track: Pick<StudyTrack, "unitsDone" | "unitsTotal">): number {
  if (!(track.unitsTotal > 0)) return 0;
  return Math.min(1, Math.max(0, track.unitsDone / track.unitsTotal));
}

export function evidenceKey(skillId: string | null, name: string): string {
  return skillId ?? `name:${normalizeSkillName(name)}`;
}

export function levelInView(evidence: SkillEvidence, view: EvidenceView): number {
  if (view === "claimed") return evidence.claimedLevel;
  if (view === "studying") return Math.max(evidence.claimedLevel, evidence.studyingLevel);
  return Math.max(evidence.claimedLevel, evidence.projectedLevel);
}

export function indexEvidence(profile: Profile, graph: SkillGraph): EvidenceIndex {
  const byKey = new Map<string, SkillEvidence>();
  const entryFor = (skillId: string | null, name: string): SkillEvidence => {
    const id = skillId ?? graph.idForName(name) ?? null;
    const key = evidenceKey(id, name);
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        key,
        skillId: id,
        name: (id && graph.nameOf(id)) || name,
        claimedLevel: 0,
        years: 0,
        studyingLevel: 0,
        projectedLevel: 0,
        tracks: [],
      };
      byKey.set(key, entry);
    }
    return entry;
  };

  for (const skill of profile.skills) {
    const entry = entryFor(skill.skillId, skill.name);
    entry.claimedLevel = Math.max(entry.claimedLevel, clampLevel(skill.level));
    entry.years = Math.max(entry.years, clampYears(skill.years));
  }
  for (const track of profile.tracks) {
    const progress = trackProgress(track);
    for (const skill of track.skills) {
      const entry = entryFor(skill.skillId, skill.name);
      const levelAtCompletion = clampLevel(skill.levelAtCompletion);
      const levelNow = levelAtCompletion * progress;
      entry.studyingLevel = Math.max(entry.studyingLevel, levelNow);
      entry.projectedLevel = Math.max(entry.projectedLevel, levelAtCompletion);
      entry.tracks.push({
        trackId: track.id,
        title: track.title,
        unit: track.unit,
        unitsDone: track.unitsDone,
        unitsTotal: track.unitsTotal,
        levelAtCompletion,
        levelNow,
      });
    }
  }
  const withIds = [...byKey.values()].filter((entry) => entry.skillId !== null);
  return { byKey, withIds };
}
