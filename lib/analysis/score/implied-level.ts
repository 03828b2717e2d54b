/**
 * The level (0-10) a requirement's wording asks for. The first level phrase in the text governs
 * ("Familiarity with advanced AI concepts" asks for familiarity, not "advanced"); at the same
 * position the longer phrase wins ("strong interest" is interest, not "strong").
 */
export interface ImpliedLevel {
  level: number;
  /** The tier's name, used in explanations: "familiarity", "proficiency", ... */
  word: string;
  /** The phrase found in the text, or null when the default applied. */
  phrase: string | null;
}

export const LEVEL_TIERS = {
  familiarity: 4,
  understanding: 5,
  experience: 6,
  proficiency: 7,
  expert: 9,
} as const;

type Tier = keyof typeof LEVEL_TIERS;

const PHRASES: [string, Tier][] = [
  ["familiarity", "familiarity"],
  ["familiar", "familiarity"],
  ["exposure", "familiarity"],
  ["exposed", "familiarity"],
  ["awareness", "familiarity"],
  ["aware of", "familiarity"],
  ["basic", "familiarity"],
  ["basics", "familiarity"],
  ["interest", "familiarity"],
  ["strong interest", "familiarity"],
  ["nice to have", "familiarity"],
  ["understanding", "understanding"],
  ["knowledge", "understanding"],
  ["background", "understanding"],
  ["experience", "experience"],
  ["experienced", "experience"],
  ["hands-on", "experience"],
  ["hands on", "experience"],
  ["practical", "experience"],
  ["ability", "experience"],
  ["able to", "experience"],
  ["working knowledge", "experience"],
  ["proficiency", "proficiency"],
  ["proficient", "proficiency"],
  ["strong", "proficiency"],
  ["solid", "proficiency"],
  ["fluent", "proficiency"],
  ["fluency", "proficiency"],
  ["excellent", "proficiency"],
  ["advanced", "proficiency"],
  ["proven", "proficiency"],
  ["demonstrated", "proficiency"],
  ["extensive", "expert"],
  ["deep", "expert"],
  ["in-depth", "expert"],
  ["in depth", "expert"],
  ["expert", "expert"],
  ["expertise", "expert"],
  ["mastery", "expert"],
  ["deep understanding", "expert"],
];

const TIER_WORDS: Record<Tier, string> = {
  familiarity: "familiarity",
  understanding: "understanding",
  experience: "working experience",
  proficiency: "proficiency",
  expert: "deep understanding / expert",
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MATCHERS = PHRASES.map(([phrase, tier]) => ({
  phrase,
  tier,
  pattern: new RegExp(`(?<![a-z])${escapeRegExp(phrase)}(?![a-z])`, "i"),
}));

export const DEFAULT_TIER: Tier = "experience";

export function impliedLevel(text: string): ImpliedLevel {
  let best: { position: number; phrase: string; tier: Tier } | null = null;
  for (const matcher of MATCHERS) {
    const match = matcher.pattern.exec(text);
    if (!match) continue;
    const better =
      !best ||
      match.index < best.position ||
      (match.index === best.position && matcher.phrase.length > best.phrase.length);
    if (better) best = { position: match.index, phrase: matcher.phrase, tier: matcher.tier };
  }
  const tier = best?.tier ?? DEFAULT_TIER;
  return { level: LEVEL_TIERS[tier], word: TIER_WORDS[tier], phrase: best?.phrase ?? null };
}

/**
 * Whether the skills a requirement names are alternatives ("AWS, GCP or Azure", "such as",
 * "e.g."): then the best one counts; otherwise each one is needed and they are averaged.
 */
export function isAnyOf(text: string): boolean {
  return /(?<![a-z])(or|and\/or|such as|e\.g\.?|eg\.|for example|for instance|one of|any of|at least one|similar)(?![a-z])/i.test(
    text,
  );
}
