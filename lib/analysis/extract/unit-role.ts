/**
 * Whether a unit is a requirement (and of which base kind) or context. Inside requirement
 * sections every unit counts; elsewhere (no headings, the intro, an unknown heading) each unit is
 * judged by its own words, so a posting without headings still yields its requirement lines.
 */
import type { RequirementKind } from "@/lib/analysis/types";
import { describesContext, isClosing, isStackStatement, normalizeForCues, readVoice } from "./kind";

const REQUIRED_WORD = /\b(required|is a must|are a must|mandatory|essential)\b/i;
import type { SectionLabel } from "./sections";
import type { Unit } from "./units";
import { ALL_CUES, CUE_CLOSING } from "./word-gate";
import { CUES } from "./cues";

export interface UnitRole {
  kind: RequirementKind;
  /** The label reported on the requirement. */
  section: SectionLabel | null;
}

/** `cues`: the cue families present in the unit (word-gate.ts); absent families skip their regexes. */
export function decideUnitRole(unit: Unit, unitText: string, cues: number = ALL_CUES): UnitRole | null {
  const mayClose = (cues & CUE_CLOSING) !== 0;
  // "- Helm\n- OpenTelemetry\n\nYou'll be on call one week in five.": prose after a requirement
  // list that describes the job or the company, or closes the posting, has left the list.
  if (unit.afterList && (unit.section === "requirements" || unit.section === "preferred")) {
    const lower = normalizeForCues(unitText);
    if (describesContext(lower, cues)) return null;
    if (isStackStatement(lower)) return { kind: "preferred", section: "stack" };
  }
  switch (unit.section) {
    case "requirements":
      return mayClose && isClosing(normalizeForCues(unitText)) ? null : { kind: "must", section: "requirements" };
    case "preferred": {
      if (mayClose && isClosing(normalizeForCues(unitText))) return null;
      // "Preferred: LoRA, DPO. 2+ years of professional experience required.": an explicit demand
      // inside a preferred section is still a must.
      if (REQUIRED_WORD.test(unitText) && !CUES.preferred.test(normalizeForCues(unitText))) return { kind: "must", section: "preferred" };
      return { kind: "preferred", section: "preferred" };
    }
    case "stack":
      return { kind: "preferred", section: "stack" };
    case "responsibilities":
    case "about":
    case "benefits":
    case "apply":
      return null;
    case "other":
    case null: {
      const lower = normalizeForCues(unitText);
      if (/^\s*(https?:\/\/|www\.)\S*\s*$/.test(lower)) return null;
      const voice = readVoice(lower, cues);
      if (voice === "requirement") return { kind: "must", section: unit.section };
      if (voice === "preferred") return { kind: "preferred", section: unit.section };
      if (voice === "stack") return { kind: "preferred", section: "stack" };
      return null;
    }
  }
}
