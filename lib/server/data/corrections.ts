import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { normalizeRequirementText } from "@/lib/analysis/corrections/requirement-key";
import { getSkill } from "@/lib/analysis/taxonomy";
import type { CorrectionInput, TaughtAliasInput } from "@/lib/schemas/correction";
import { toTaughtAliasRow, type TaughtAliasRow } from "@/lib/server/data/correction-rows";

const NOT_FOUND = "That posting does not exist or is not yours.";

async function assertOwnsPosting(userId: string, postingId: string): Promise<void> {
  const count = await db.posting.count({ where: { id: postingId, userId } });
  if (count === 0) throw new AppError("not_found", NOT_FOUND);
}

/** Stores (or replaces) the person's correction of one requirement, keyed by its text. */
export async function saveCorrection(userId: string, input: CorrectionInput): Promise<void> {
  await assertOwnsPosting(userId, input.postingId);
  const targetKey = normalizeRequirementText(input.text);
  const skills = input.skillIds.map((id) => ({ id, name: getSkill(id)?.name ?? id }));
  const data = {
    action: input.action,
    targetStart: input.spanStart,
    targetEnd: input.spanEnd,
    text: input.text,
    kind: input.action === "drop" ? null : input.kind,
    minYears: input.action === "drop" ? null : input.minYears,
    skills,
  };
  await db.requirementCorrection.upsert({
    where: { postingId_targetKey: { postingId: input.postingId, targetKey } },
    create: { userId, postingId: input.postingId, targetKey, ...data },
    // An edit of a requirement the person added stays an addition.
    update: input.action === "edit" ? { ...data, action: undefined } : data,
  });
}

/** Undoes one correction: the extractor's version of the requirement shows again. */
export async function deleteCorrection(userId: string, correctionId: string): Promise<{ postingId: string }> {
  const row = await db.requirementCorrection.findFirst({ where: { id: correctionId, userId }, select: { postingId: true } });
  if (!row) throw new AppError("not_found", "That correction does not exist or is not yours.");
  await db.requirementCorrection.deleteMany({ where: { id: correctionId, userId } });
  return row;
}

export type { TaughtAliasRow };

export async function listTaughtAliases(userId: string): Promise<TaughtAliasRow[]> {
  const rows = await db.skillAlias.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, phrase: true, skillId: true } });
  return rows.map(toTaughtAliasRow);
}

export function aliasPhraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, " ").trim();
}

export async function teachAlias(userId: string, input: TaughtAliasInput): Promise<void> {
  const phraseKey = aliasPhraseKey(input.phrase);
  await db.skillAlias.upsert({
    where: { userId_phraseKey: { userId, phraseKey } },
    create: { userId, phrase: input.phrase.trim(), phraseKey, skillId: input.skillId },
    update: { phrase: input.phrase.trim(), skillId: input.skillId },
  });
}

export async function forgetAlias(userId: string, aliasId: string): Promise<void> {
  const { count } = await db.skillAlias.deleteMany({ where: { id: aliasId, userId } });
  if (count === 0) throw new AppError("not_found", "That alias does not exist or is not yours.");
}
