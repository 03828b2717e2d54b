import type { Requirement, RequirementKind, SkillRef } from "../types";
import { normalizeRequirementText } from "./requirement-key";

/**
 * A person's corrections laid over what the extractor found. Pure: the extractor's requirements
 * and the stored corrections in, the corrected list out. Corrections are keyed by the corrected
 * requirement's text (normalised) and span, so they survive a re-extraction that renumbers rows;
 * one whose requirement is gone is returned as an orphan, never silently lost.
 */
export type CorrectionAction = "edit" | "drop" | "add";

export interface RequirementCorrection {
  id: string;
  action: CorrectionAction;
  targetKey: string;
  targetSpan: [number, number];
  text: string;
  kind: RequirementKind | null;
  minYears: number | null;
  skills: SkillRef[];
}

/** A phrase the person taught ("q-sql" means q), applied to every requirement that contains it. */
export interface TaughtAlias {
  phrase: string;
  skill: SkillRef;
}

export type RequirementOrigin = "extracted" | "edited" | "added" | "alias";

export interface CorrectedRequirements {
  requirements: Requirement[];
  /** Parallel to `requirements`. */
  origins: RequirementOrigin[];
  /** Parallel to `requirements`: the correction applied to it, when any. */
  correctionIds: (string | null)[];
  /** Requirements the person dropped (still listed so they can be restored). */
  dropped: { correctionId: string; text: string }[];
  /** Edits and drops whose requirement the extractor no longer finds. */
  orphaned: RequirementCorrection[];
}


function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when `phrase` occurs in `text` as a whole token sequence, ignoring case. */
export function containsPhrase(text: string, phrase: string): boolean {
  const trimmed = phrase.trim();
  if (!trimmed) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?=$|[^\\p{L}\\p{N}])`, "iu").test(text);
}

function withAliases(requirement: Requirement, aliases: readonly TaughtAlias[]): Requirement | null {
  const added = aliases.filter((alias) => containsPhrase(requirement.text, alias.phrase) && !requirement.skills.some((skill) => skill.id === alias.skill.id));
  if (added.length === 0) return null;
  const skills = [...requirement.skills];
  for (const alias of added) if (!skills.some((skill) => skill.id === alias.skill.id)) skills.push(alias.skill);
  return { ...requirement, skills };
}

function findTarget(extracted: readonly Requirement[], keys: readonly string[], correction: RequirementCorrection, taken: Set<number>): number {
  const byText = keys.findIndex((key, index) => !taken.has(index) && key === correction.targetKey);
  if (byText >= 0) return byText;
  const [start, end] = correction.targetSpan;
  return extracted.findIndex((requirement, index) => !taken.has(index) && requirement.span[0] === start && requirement.span[1] === end);
}

export function applyCorrections(
  extracted: readonly Requirement[],
  corrections: readonly RequirementCorrection[],
  aliases: readonly TaughtAlias[] = [],
): CorrectedRequirements {
  const keys = extracted.map((requirement) => normalizeRequirementText(requirement.text));
  const applied = new Map<number, RequirementCorrection>();
  const orphaned: RequirementCorrection[] = [];
  const additions: RequirementCorrection[] = [];
  // Edits and drops first, so an "add" that the extractor has since found too becomes an edit of it.
  const ordered = [...corrections].sort((a, b) => Number(a.action === "add") - Number(b.action === "add"));
  for (const correction of ordered) {
    const target = findTarget(extracted, keys, correction, new Set(applied.keys()));
    if (target >= 0) applied.set(target, correction);
    else if (correction.action === "add") additions.push(correction);
    else orphaned.push(correction);
  }

  const rows: { requirement: Requirement; origin: RequirementOrigin; correctionId: string | null }[] = [];
  const dropped: CorrectedRequirements["dropped"] = [];
  extracted.forEach((requirement, index) => {
    const correction = applied.get(index);
    if (!correction) {
      const aliased = withAliases(requirement, aliases);
      rows.push({ requirement: aliased ?? requirement, origin: aliased ? "alias" : "extracted", correctionId: null });
    } else if (correction.action === "drop") {
      dropped.push({ correctionId: correction.id, text: requirement.text });
    } else {
      rows.push({
        requirement: { ...requirement, kind: correction.kind ?? requirement.kind, minYears: correction.minYears, skills: correction.skills },
        origin: "edited",
        correctionId: correction.id,
      });
    }
  });
  for (const correction of additions) {
    rows.push({
      requirement: { text: correction.text, section: null, kind: correction.kind ?? "must", minYears: correction.minYears, span: correction.targetSpan, skills: correction.skills },
      origin: "added",
      correctionId: correction.id,
    });
  }
  // Posting order; a stable sort keeps the extractor's order for equal starts.
  rows.sort((a, b) => a.requirement.span[0] - b.requirement.span[0]);
  return {
    requirements: rows.map((row) => row.requirement),
    origins: rows.map((row) => row.origin),
    correctionIds: rows.map((row) => row.correctionId),
    dropped,
    orphaned,
  };
}
