import "server-only";
import type { Prisma } from "@prisma/client";
import type { RequirementCorrection, TaughtAlias } from "@/lib/analysis/corrections";
import type { RequirementKind, SkillRef } from "@/lib/analysis/types";
import { getSkill } from "@/lib/analysis/taxonomy";

/** What a posting query selects so its corrections and the owner's taught aliases come along. */
export const CORRECTIONS_SELECT = {
  corrections: { orderBy: { createdAt: "asc" } },
  user: { select: { skillAliases: { orderBy: { createdAt: "asc" } } } },
} as const satisfies Prisma.PostingSelect;

type CorrectionRow = Prisma.RequirementCorrectionGetPayload<true>;
type AliasRow = Prisma.SkillAliasGetPayload<true>;

export function toCorrection(row: Pick<CorrectionRow, "id" | "action" | "targetKey" | "targetStart" | "targetEnd" | "text" | "kind" | "minYears" | "skills">): RequirementCorrection {
  return {
    id: row.id,
    action: row.action as RequirementCorrection["action"],
    targetKey: row.targetKey,
    targetSpan: [row.targetStart, row.targetEnd],
    text: row.text,
    kind: row.kind as RequirementKind | null,
    minYears: row.minYears,
    skills: row.skills as unknown as SkillRef[],
  };
}

/** A taught alias as the report page lists it (with its id, for "Forget"). */
export interface TaughtAliasRow {
  id: string;
  phrase: string;
  skillId: string;
  skillName: string;
}

export function toTaughtAliasRow(row: Pick<AliasRow, "id" | "phrase" | "skillId">): TaughtAliasRow {
  return { id: row.id, phrase: row.phrase, skillId: row.skillId, skillName: getSkill(row.skillId)?.name ?? row.skillId };
}

export function toTaughtAlias(row: Pick<AliasRow, "phrase" | "skillId">): TaughtAlias {
  return { phrase: row.phrase, skill: { id: row.skillId, name: getSkill(row.skillId)?.name ?? row.skillId } };
}
