/**
 * Whether a matched surface form counts in its context. Short names that are also letters or
 * words (Go, R, C, q, Spark, Excel, React) pass only with the letter case and the context their
 * taxonomy rule asks for, or with the engine's defaults for letters and everyday words.
 */
import type { AliasEntry, SkillIndex } from "./skill-index";
import type { MatchContext, SkillMatch } from "./skill-matcher";
import { GAP_HARD, GAP_SOFT } from "./tokens";
import { CUES } from "./cues";

const LIST_WORDS = new Set(["and", "or", "&", "as", "well"]);
const LANGUAGE_WORDS = new Set([
  "language", "languages", "programming", "lang", "developer", "developers", "engineer", "engineers",
  "code", "coding", "development", "experience", "skills", "scripts", "scripting", "ecosystem",
  "expertise", "proficiency", "knowledge", "libraries", "stack", "services", "microservices", "backend",
]);
const PREPOSITIONS = new Set(["in", "with", "using", "of", "and", "or"]);
const TOOL_PREPOSITIONS = new Set(["in", "with", "using"]);

/** Is `phrase` in `haystack` with non-alphanumeric characters (or the ends) on both sides? */
export function containsPhrase(haystack: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? "" : haystack[at - 1];
    const after = haystack[at + phrase.length] ?? "";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = at + 1;
  }
}

/** A list separator between token i-1 and token i: "Java, Go", "C/C++", "(Python)". */
function separatorBefore(ctx: MatchContext, i: number): boolean {
  return /[,/&+(|;)]/.test(ctx.text.slice(ctx.tokens.end[i - 1], ctx.tokens.start[i]));
}

/**
 * A neighbouring list item that names a skill ("Java, Go, PostgreSQL", "C/C++", "R and Python"), or
 * (unless `listItemOnly`) a language word after it ("Go services").
 */
function hasListContext(index: SkillIndex, ctx: MatchContext, first: number, last: number, listItemOnly = false): boolean {
  const { tokens } = ctx;
  const prev = first - 1;
  if (prev >= ctx.from) {
    if (separatorBefore(ctx, first) && index.startsAlias(tokens.key[prev])) return true;
    if (LIST_WORDS.has(tokens.key[prev]) && prev - 1 >= ctx.from && index.startsAlias(tokens.key[prev - 1])) return true;
  }
  const next = last + 1;
  if (next < ctx.to) {
    if (separatorBefore(ctx, next) && index.startsAlias(tokens.key[next])) return true;
    if (LIST_WORDS.has(tokens.key[next]) && next + 1 < ctx.to && index.startsAlias(tokens.key[next + 1])) return true;
    if (!listItemOnly && tokens.gap[next] === GAP_SOFT && LANGUAGE_WORDS.has(tokens.key[next])) return true;
  }
  const phraseEnds = next >= ctx.to || tokens.gap[next] === GAP_HARD;
  // A bullet that is only the name: "- Go", "- Go (nice to have)".
  if (first === ctx.from && phraseEnds) return true;
  // "... in R." / "experience with Go,": a preposition before, the end of a phrase after; for
  // list-only forms a tool's preposition ("interest in AI.", "using AI,"), not a degree's ("a high
  // level of ownership.").
  const prepositions = listItemOnly ? TOOL_PREPOSITIONS : PREPOSITIONS;
  return prev >= ctx.from && prepositions.has(tokens.key[prev]) && tokens.gap[first] === GAP_SOFT && phraseEnds;
}

/** Listed skills on both sides: "python, react, tailwind". */
function betweenListedSkills(index: SkillIndex, ctx: MatchContext, first: number, last: number): boolean {
  const prev = first - 1;
  const next = last + 1;
  if (prev < ctx.from || next >= ctx.to) return false;
  return separatorBefore(ctx, first) && index.startsAlias(ctx.tokens.key[prev]) && separatorBefore(ctx, next) && index.startsAlias(ctx.tokens.key[next]);
}

function atSentenceStart(ctx: MatchContext, first: number): boolean {
  if (first <= ctx.from) return true;
  if (ctx.tokens.gap[first] !== GAP_HARD) return false;
  return /[.!?:\n]/.test(ctx.text.slice(ctx.tokens.end[first - 1], ctx.tokens.start[first]));
}

/** Does the form matched on tokens [first, last] count here? */
export function passesGuard(index: SkillIndex, entry: AliasEntry, ctx: MatchContext, first: number, last: number): boolean {
  if (entry.guard === "free") return true;
  const surface = ctx.text.slice(ctx.tokens.start[first], ctx.tokens.end[last]).replace(/['\u2019]s$/, "");
  switch (entry.guard) {
    case "listed":
      if (entry.caseSensitive && surface !== entry.form) return false;
      return hasListContext(index, ctx, first, last, true);
    case "letter":
      return surface === entry.form.toUpperCase() && hasListContext(index, ctx, first, last);
    case "common-word":
      // "We love python, react, tailwind": lowercase counts only between two listed skills.
      if (!/^[A-Z]/.test(surface)) return betweenListedSkills(index, ctx, first, last);
      return !atSentenceStart(ctx, first) || hasListContext(index, ctx, first, last);
    case "rule":
      if (entry.caseSensitive && surface.replace(/\s+/g, " ") !== entry.form) {
        // "python, go, rust": a name written in lowercase between two listed skills is still the name.
        if (surface.toLowerCase() !== entry.form.toLowerCase() || !betweenListedSkills(index, ctx, first, last)) return false;
      }
      if (entry.needsContext) {
        return entry.needsContext.some((word) => containsPhrase(ctx.unitLower.value(), word) || containsPhrase(ctx.stackLower.value(), word));
      }
      // The rule's doc: case sensitivity plus the list context is enough.
      return !entry.caseSensitive || hasListContext(index, ctx, first, last) || !atSentenceStart(ctx, first);
  }
}

/** "German citizenship" is not the German language: spoken languages need a language context. */
export function filterSpokenLanguages(found: SkillMatch[], ctx: MatchContext): SkillMatch[] {
  if (!found.some((m) => m.skill.category === "spoken-language")) return found;
  const spoken = found.filter((m) => m.skill.category === "spoken-language" && !m.skill.ambiguity);
  if (spoken.length === 0) return found;
  const distinct = new Set(spoken.map((m) => m.skill.id)).size;
  if (distinct >= 2 || CUES.spokenContext.test(ctx.unitLower.value())) return found;
  // "Dutch is a plus", "- German (B2)": a requirement that opens with the language names it.
  const opening = ctx.tokens.start[ctx.from];
  return found.filter((m) => !spoken.includes(m) || (m.start === opening && !CUES.nationality.test(ctx.unitLower.value())));
}
