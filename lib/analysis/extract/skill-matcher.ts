/**
 * Finds taxonomy skills in a unit: its tokens are scanned once against the compiled index
 * (skill-index.ts), longest match first, each match checked by its guard (skill-guards.ts). Slash
 * forms name each part ("PyTorch/Lightning"), and list items take a shared head word
 * ("tests (unit, performance)").
 */
import { SKILLS, type SkillDefinition } from "@/lib/analysis/taxonomy";
import { filterSpokenLanguages, passesGuard } from "./skill-guards";
import { childOf, SkillIndex, step, type AliasEntry } from "./skill-index";
import { findSharedHeadLists, mayShareHead } from "./skill-lists";
import { GAP_HARD, GAP_SLASH, GAP_SOFT, type TokenStream } from "./tokens";
import type { LazyLowercase } from "./word-gate";

export interface SkillMatch {
  skill: SkillDefinition;
  /** Offsets in the posting text. */
  start: number;
  end: number;
}

export interface MatchContext {
  text: string;
  tokens: TokenStream;
  /** Token range of the unit: [from, to). */
  from: number;
  to: number;
  /** The unit's text, lowercased, for context words (computed on demand: few units need it). */
  unitLower: LazyLowercase;
  /** Every stack line of the posting, lowercased: context for "q" or "R" named in a stack line. */
  stackLower: LazyLowercase;
}

export interface SkillMatcher {
  matchUnit(context: MatchContext): SkillMatch[];
}

// "Node.js on the back end", "React on the front end": where a tool runs, not a skill of its own.
const PLACE_SKILLS = new Set(["back-end-development", "front-end-development", "full-stack-development"]);

// "on both the front end and the back end", "across the frontend and backend": the words a place
// phrase may hold between its preposition and the named end.
const PLACE_PREPOSITIONS = new Set(["on", "in", "across", "between"]);
const PLACE_FILLERS = new Set(["the", "both", "and", "or", "front", "back", "end", "ends", "frontend", "backend", "server", "client", "side"]);
// "front-end and back-end development / experience": the ends qualify a skill noun, a demand.
const PLACE_SKILL_NOUNS = new Set([
  "development", "developer", "developers", "engineering", "engineer", "engineers", "programming",
  "experience", "skills", "skill", "technologies", "technology", "frameworks", "framework", "web", "work",
]);

/** Is the bare end named at tokens [i, last] (with any coordinated end) the object of "on / in / across"? */
function namesAPlace(tokens: TokenStream, from: number, to: number, i: number, last: number): boolean {
  const lastKey = tokens.key[last];
  if (lastKey !== "end" && lastKey !== "frontend" && lastKey !== "backend" && lastKey !== "side") return false;
  let k = i - 1;
  let sawThe = false;
  while (k >= from && tokens.gap[k + 1] !== GAP_HARD && PLACE_FILLERS.has(tokens.key[k]) && !PLACE_PREPOSITIONS.has(tokens.key[k])) {
    if (tokens.key[k] === "the" || tokens.key[k] === "both") sawThe = true;
    k--;
  }
  if (k < from || tokens.gap[k + 1] === GAP_HARD || !PLACE_PREPOSITIONS.has(tokens.key[k])) return false;
  // "in front-end and back-end development": the coordination ends in a skill noun.
  let n = last + 1;
  while (n < to && tokens.gap[n] !== GAP_HARD && PLACE_FILLERS.has(tokens.key[n]) && tokens.key[n] !== "the") n++;
  if (n < to && tokens.gap[n] !== GAP_HARD && PLACE_SKILL_NOUNS.has(tokens.key[n])) return false;
  // "in frontend and backend" without an article is a field ("experience in frontend"); "on / across" place it.
  return sawThe || tokens.key[k] !== "in";
}

function byStart(a: SkillMatch, b: SkillMatch): number {
  return a.start - b.start;
}

/**
 * "PyTorch/Lightning" may be one alias, yet each slash-separated part that is itself a skill's
 * canonical name is named too ("PyTorch"). Aliases like "CI/CD" keep their parts silent.
 */
function addSlashParts(index: SkillIndex, ctx: MatchContext, first: number, last: number, found: SkillMatch[]): void {
  const { tokens } = ctx;
  let partStart = first;
  let sawSlash = false;
  for (let k = first + 1; k <= last + 1; k++) {
    if (k <= last && tokens.gap[k] !== GAP_SLASH) continue;
    if (k <= last) sawSlash = true;
    if (!sawSlash) return;
    for (const entry of index.lookupSequence(tokens.key.slice(partStart, k)) ?? []) {
      if (entry.form.toLowerCase() !== entry.skill.name.toLowerCase()) continue;
      if (found.some((m) => m.skill.id === entry.skill.id && m.start === tokens.start[first])) continue;
      if (passesGuard(index, entry, ctx, partStart, k - 1)) {
        found.push({ skill: entry.skill, start: tokens.start[partStart], end: tokens.end[k - 1] });
      }
    }
    partStart = k;
  }
}

function pushFreeEntries(entries: AliasEntry[] | null, tokens: TokenStream, s: number, e: number, found: SkillMatch[]): boolean {
  if (!entries) return false;
  let pushed = false;
  for (const entry of entries) {
    if (entry.guard !== "free") continue;
    found.push({ skill: entry.skill, start: tokens.start[s], end: tokens.end[e] });
    pushed = true;
  }
  return pushed;
}

/** Is some word before a list mark ("unit and", "application or", "unit,") unmatched and the start of an alias? */
function uncoveredItemMayName(index: SkillIndex, ctx: MatchContext, covered: Uint8Array): boolean {
  const { tokens } = ctx;
  for (let k = ctx.from + 1; k < ctx.to; k++) {
    const key = tokens.key[k];
    if (key !== "and" && key !== "or" && tokens.gap[k] === GAP_SOFT) continue;
    if (!covered[k - 1 - ctx.from] && index.startsAlias(tokens.key[k - 1])) return true;
  }
  return false;
}

/** List items not matched on their own may name a skill with the list's head word; only unguarded aliases. */
function addSharedHeadItems(index: SkillIndex, ctx: MatchContext, covered: Uint8Array, found: SkillMatch[]): void {
  const { tokens } = ctx;
  for (const group of findSharedHeadLists(ctx)) {
    const head = tokens.key[group.head];
    for (const [a, b] of group.items) {
      let free = true;
      for (let k = a; k <= b; k++) if (covered[k - ctx.from]) free = false;
      if (!free) continue;
      // "write unit and performance tests": the item may carry words before the shared phrase.
      let hit = false;
      for (let s = a; s <= b && !hit; s++) hit = pushFreeEntries(index.lookupRange(tokens.key, s, b, head, false), tokens, s, b, found);
      for (let e = b; e >= a && !hit; e--) hit = pushFreeEntries(index.lookupRange(tokens.key, a, e, head, true), tokens, a, e, found);
      if (hit) covered.fill(1, a - ctx.from, b + 1 - ctx.from);
    }
  }
}

// Scratch for the trie walk from one token: the last token and the entries of every node that
// names something, longest last. Reused across calls: most tokens reach no such node, and the
// rest should not allocate an object per candidate.
const candidateLasts: number[] = [];
const candidateEntries: AliasEntry[][] = [];

function matchUnit(index: SkillIndex, ctx: MatchContext): SkillMatch[] {
  const { tokens } = ctx;
  const found: SkillMatch[] = [];
  const covered = new Uint8Array(Math.max(0, ctx.to - ctx.from));
  let i = ctx.from;
  while (i < ctx.to) {
    const key = tokens.key[i];
    // Inline first lookup: most tokens name nothing and leave here.
    let node = index.root.get(key);
    if (node === undefined && (key.charCodeAt(key.length - 1) !== 43 || !(node = childOf(index.root, key)))) {
      i++;
      continue;
    }
    // "non-technical leaders", "non-functional requirements": the prefix negates the word.
    if (i > ctx.from && tokens.key[i - 1] === "non" && tokens.gap[i] !== GAP_HARD && tokens.start[i] === tokens.end[i - 1] + 1) {
      i++;
      continue;
    }
    let candidates = 0;
    if (node.entries) {
      candidateLasts[candidates] = i;
      candidateEntries[candidates++] = node.entries;
    }
    for (let j = i + 1; j < ctx.to; j++) {
      const gap = tokens.gap[j];
      if (gap === GAP_HARD) break;
      node = step(node, gap, tokens.key[j]);
      if (!node) break;
      if (node.entries) {
        candidateLasts[candidates] = j;
        candidateEntries[candidates++] = node.entries;
      }
    }
    // Longest first; a shorter match is the fallback when the longer form's guard refuses.
    let advanced = false;
    for (let c = candidates - 1; c >= 0 && !advanced; c--) {
      const last = candidateLasts[c];
      for (const entry of candidateEntries[c]) {
        if (!passesGuard(index, entry, ctx, i, last)) continue;
        if (PLACE_SKILLS.has(entry.skill.id) && namesAPlace(tokens, ctx.from, ctx.to, i, last)) continue;
        found.push({ skill: entry.skill, start: tokens.start[i], end: tokens.end[last] });
        advanced = true;
      }
      if (advanced) {
        if (last > i) addSlashParts(index, ctx, i, last, found);
        covered.fill(1, i - ctx.from, last + 1 - ctx.from);
        i = last + 1;
      }
    }
    if (!advanced) i++;
  }
  if (mayShareHead(ctx) && uncoveredItemMayName(index, ctx, covered)) addSharedHeadItems(index, ctx, covered, found);
  if (found.length > 1) found.sort(byStart);
  return filterSpokenLanguages(found, ctx);
}

export function compileSkillMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  const index = new SkillIndex(skills);
  return { matchUnit: (context) => matchUnit(index, context) };
}

let defaultMatcher: SkillMatcher | null = null;

/** The matcher over the project's taxonomy, compiled on first use. */
export function getDefaultSkillMatcher(): SkillMatcher {
  return (defaultMatcher ??= compileSkillMatcher(SKILLS));
}
