/**
 * Finds taxonomy skills in text. The taxonomy is compiled once into a token trie (first token ->
 * following tokens, keyed by the kind of gap between them), then each unit's tokens are scanned
 * once, longest match first. Ambiguous short forms (Go, R, C, q, Spark, Excel ...) pass only with
 * the letter case and context their ambiguity rule asks for.
 */
import { normalizeSkillName, SKILLS, type SkillDefinition } from "@/lib/analysis/taxonomy";
import { COMMON_WORD_FORMS } from "./common-words";
import type { LazyLowercase } from "./word-gate";
import { GAP_AMP, GAP_HARD, GAP_PLUS, GAP_SLASH, GAP_SOFT, tokenize, type TokenStream } from "./tokens";

type Guard = "free" | "rule" | "letter" | "common-word";

interface AliasEntry {
  skill: SkillDefinition;
  form: string;
  guard: Guard;
  caseSensitive: boolean;
  needsContext: string[] | null;
  /** Came from joining a multi-word alias ("finetuning" from "fine-tuning"); real aliases win. */
  derived: boolean;
}

interface TrieNode {
  entries: AliasEntry[] | null;
  /** Children per gap kind (soft, slash, plus, amp). */
  next: (Map<string, TrieNode> | undefined)[];
}

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
  /** True when some alias starts with this lowercased token (used for list context). */
  startsAlias(key: string): boolean;
}

const LIST_WORDS = new Set(["and", "or", "&", "as", "well"]);
const LANGUAGE_WORDS = new Set([
  "language", "languages", "programming", "lang", "developer", "developers", "engineer", "engineers",
  "code", "coding", "development", "experience", "skills", "scripts", "scripting", "ecosystem",
  "expertise", "proficiency", "knowledge", "libraries", "stack", "services", "microservices", "backend",
]);
const PREPOSITIONS = new Set(["in", "with", "using", "of", "and", "or"]);
const SPOKEN_CONTEXT =
  /\b(fluent|fluency|speak|speaking|spoken|written|verbal|languages?|native|bilingual|proficien\w*|communicat\w*|mother tongue|oral|c1|c2|b1|b2)\b/;

/** A list separator between token i-1 and token i: "Java, Go", "C/C++", "(Python)". */
function separatorBefore(ctx: MatchContext, i: number): boolean {
  const between = ctx.text.slice(ctx.tokens.end[i - 1], ctx.tokens.start[i]);
  return /[,/&+(|;)]/.test(between);
}

function newNode(): TrieNode {
  return { entries: null, next: [undefined, undefined, undefined, undefined] };
}

function childOf(map: Map<string, TrieNode> | undefined, key: string): TrieNode | undefined {
  if (!map) return undefined;
  const exact = map.get(key);
  if (exact || key.charCodeAt(key.length - 1) !== 43) return exact;
  // "Java+Spring": a glued plus that names nothing is only punctuation.
  const bare = key.replace(/\++$/, "");
  return bare.length > 0 ? map.get(bare) : undefined;
}

/** Plural spellings indexed next to the singular at compile time, so a scan needs one lookup per token. */
function pluralsOf(key: string): string[] {
  if (key.length < 2 || !/[a-z]$/.test(key) || key.endsWith("s")) return [];
  if (/[^aeiou]y$/.test(key)) return [key.slice(0, -1) + "ies", key + "s"];
  return [key + "s"];
}

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

function guardFor(skill: SkillDefinition, form: string): Pick<AliasEntry, "guard" | "caseSensitive" | "needsContext"> {
  const key = normalizeSkillName(form);
  const rule = skill.ambiguity;
  if (rule && rule.forms.some((f) => normalizeSkillName(f) === key)) {
    return {
      guard: "rule",
      caseSensitive: rule.caseSensitive === true,
      needsContext: rule.needsContext && rule.needsContext.length > 0 ? rule.needsContext.map((w) => w.toLowerCase()) : null,
    };
  }
  if (key.length === 1) return { guard: "letter", caseSensitive: true, needsContext: null };
  if (COMMON_WORD_FORMS.has(key)) return { guard: "common-word", caseSensitive: false, needsContext: null };
  return { guard: "free", caseSensitive: false, needsContext: null };
}

function byStart(a: SkillMatch, b: SkillMatch): number {
  return a.start - b.start;
}

/** One trie step; "X + Y" and "X & Y" also read as "X and Y" ("frontend + backend"). */
function step(node: TrieNode, gap: number, key: string): TrieNode | undefined {
  const direct = childOf(node.next[gap], key);
  if (direct || (gap !== GAP_PLUS && gap !== GAP_AMP)) return direct;
  const and = childOf(node.next[GAP_SOFT], "and");
  return and ? childOf(and.next[GAP_SOFT], key) : undefined;
}

interface ListGroup {
  /** Token ranges [first, last] of the items. */
  items: [number, number][];
  /** The shared head token: before "(" for a bracketed list, the last word of the last item otherwise. */
  head: number | null;
}

const HEAD_WORDS = new Set(["tests", "testing", "test", "databases", "database", "development", "engineering", "design", "frameworks", "languages", "services", "systems", "architecture", "pipelines", "models", "learning", "analysis", "management"]);

/** Could a list in this unit share a head word? A bracket, or a head noun before a break or the end. */
function mayShareHead(ctx: MatchContext): boolean {
  const { tokens, text } = ctx;
  if (ctx.to <= ctx.from) return false;
  const open = text.indexOf("(", tokens.start[ctx.from]);
  if (open >= 0 && open < tokens.end[ctx.to - 1]) return true;
  for (let k = ctx.from; k < ctx.to; k++) {
    const last = k + 1 === ctx.to || tokens.gap[k + 1] === GAP_HARD;
    if (last && HEAD_WORDS.has(tokens.key[k])) return true;
  }
  return false;
}

/** Comma/and/or separated lists inside a unit, with the head word they share if any. */
function listItems(ctx: MatchContext): ListGroup[] {
  const { tokens, text } = ctx;
  const lists = new ListCollector(tokens, ctx.from);
  for (let k = ctx.from; k < ctx.to; k++) {
    if (k > ctx.from && tokens.gap[k] !== GAP_SOFT) {
      const between = text.slice(tokens.end[k - 1], tokens.start[k]);
      if (/[([]/.test(between)) lists.openBracket(k);
      else if (/[)\]]/.test(between)) lists.closeBracket(k);
      else if (/[;:]|\.\s/.test(between)) lists.close(k - 1, null, k);
      else if (/[,/]/.test(between)) lists.separate(k);
    }
    const word = tokens.key[k];
    if (word === "and" || word === "or") lists.conjunction(k);
  }
  lists.close(ctx.to - 1, lists.bracketHead, ctx.to);
  return lists.groups;
}

class ListCollector {
  groups: ListGroup[] = [];
  bracketHead: number | null = null;
  private current: [number, number][] = [];
  constructor(
    private readonly tokens: TokenStream,
    private itemStart: number,
  ) {}

  openBracket(k: number): void {
    this.close(k - 1, null, k);
    this.bracketHead = k - 1;
  }

  closeBracket(k: number): void {
    this.close(k - 1, this.bracketHead, k);
    this.bracketHead = null;
  }

  separate(k: number): void {
    if (k - 1 >= this.itemStart) this.current.push([this.itemStart, k - 1]);
    this.itemStart = k;
  }

  conjunction(k: number): void {
    if (k > this.itemStart) this.current.push([this.itemStart, k - 1]);
    this.itemStart = k + 1;
  }

  close(endToken: number, head: number | null, nextStart: number): void {
    if (endToken >= this.itemStart) this.current.push([this.itemStart, endToken]);
    const items = this.current.filter(([a, b]) => b >= a && b - a < 3);
    this.current = [];
    this.itemStart = nextStart;
    if (items.length < 2) return;
    if (head !== null) {
      this.groups.push({ items, head });
      return;
    }
    // "unit and integration tests": the last item's last word is shared by the others.
    const [a, b] = items[items.length - 1];
    if (b > a && HEAD_WORDS.has(this.tokens.key[b])) this.groups.push({ items: items.slice(0, -1), head: b });
  }
}

/** Real aliases win over forms derived by joining words; one entry per skill per node. */
function addEntry(node: TrieNode, entry: AliasEntry): void {
  const entries = node.entries ?? [];
  const same = entries.findIndex((e) => e.skill.id === entry.skill.id);
  if (same >= 0) {
    if (entries[same].derived && !entry.derived) entries[same] = entry;
    node.entries = entries;
    return;
  }
  if (entry.derived && entries.some((e) => !e.derived)) return;
  node.entries = entry.derived ? [...entries, entry] : [...entries.filter((e) => !e.derived), entry];
}

export function compileSkillMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  const root = new Map<string, TrieNode>();

  const insert = (keys: string[], gaps: number[], entry: AliasEntry) => {
    let node: TrieNode | undefined = root.get(keys[0]);
    if (!node) {
      node = newNode();
      root.set(keys[0], node);
    }
    for (let i = 1; i < keys.length; i++) {
      const kind = gaps[i] === GAP_HARD ? GAP_SOFT : gaps[i];
      let map: Map<string, TrieNode> | undefined = node.next[kind];
      if (!map) {
        map = new Map();
        node.next[kind] = map;
      }
      let child: TrieNode | undefined = map.get(keys[i]);
      if (!child) {
        child = newNode();
        map.set(keys[i], child);
      }
      node = child;
    }
    addEntry(node, entry);
  };

  for (const skill of skills) {
    for (const form of new Set([skill.name, ...skill.aliases])) {
      const stream = tokenize(form);
      if (stream.count === 0) continue;
      const keys = stream.key.slice(0, stream.count);
      const gaps = Array.from(stream.gap.subarray(0, stream.count));
      const guard = guardFor(skill, form);
      insert(keys, gaps, { skill, form, ...guard, derived: false });
      // "LLMs", "microservices", "technologies": the plural of the last word, unless the form is guarded.
      if (guard.guard === "free" || guard.guard === "common-word") {
        const lastKey = keys[keys.length - 1];
        for (const plural of pluralsOf(lastKey)) insert([...keys.slice(0, -1), plural], gaps, { skill, form, ...guard, derived: true });
      }
      if (keys.length > 1 && gaps.slice(1).every((g) => g === GAP_SOFT)) {
        const joined = keys.join("");
        insert([joined], [GAP_HARD], { skill, form: joined, ...guardFor(skill, joined), derived: true });
      }
    }
  }

  const startsAlias = (key: string) => childOf(root, key) !== undefined;

  /** A neighbouring list item that names a skill: "Java, Go, PostgreSQL", "C/C++", "R and Python". */
  const hasListContext = (ctx: MatchContext, first: number, last: number): boolean => {
    const { tokens } = ctx;
    const prev = first - 1;
    if (prev >= ctx.from) {
      if (separatorBefore(ctx, first) && startsAlias(tokens.key[prev])) return true;
      if (LIST_WORDS.has(tokens.key[prev]) && prev - 1 >= ctx.from && startsAlias(tokens.key[prev - 1])) return true;
    }
    const next = last + 1;
    if (next < ctx.to) {
      if (separatorBefore(ctx, next) && startsAlias(tokens.key[next])) return true;
      if (LIST_WORDS.has(tokens.key[next]) && next + 1 < ctx.to && startsAlias(tokens.key[next + 1])) return true;
      if (tokens.gap[next] === GAP_SOFT && LANGUAGE_WORDS.has(tokens.key[next])) return true;
    }
    // "... in R." / "experience with Go,": a preposition before, the end of a phrase after.
    const phraseEnds = next >= ctx.to || tokens.gap[next] === GAP_HARD;
    return prev >= ctx.from && PREPOSITIONS.has(tokens.key[prev]) && tokens.gap[first] === GAP_SOFT && phraseEnds;
  };

  const atSentenceStart = (ctx: MatchContext, first: number): boolean => {
    if (first <= ctx.from) return true;
    if (ctx.tokens.gap[first] !== GAP_HARD) return false;
    return /[.!?:\n]/.test(ctx.text.slice(ctx.tokens.end[first - 1], ctx.tokens.start[first]));
  };

  const passes = (entry: AliasEntry, ctx: MatchContext, first: number, last: number): boolean => {
    const surface = ctx.text.slice(ctx.tokens.start[first], ctx.tokens.end[last]).replace(/['\u2019]s$/, "");
    switch (entry.guard) {
      case "free":
        return true;
      case "letter":
        return surface === entry.form.toUpperCase() && hasListContext(ctx, first, last);
      case "common-word": {
        const capitalised = /^[A-Z]/.test(surface);
        if (!capitalised) return false;
        return !atSentenceStart(ctx, first) || hasListContext(ctx, first, last);
      }
      case "rule": {
        if (entry.caseSensitive && surface.replace(/\s+/g, " ") !== entry.form) return false;
        if (entry.needsContext) {
          return entry.needsContext.some((word) => containsPhrase(ctx.unitLower.value(), word) || containsPhrase(ctx.stackLower.value(), word));
        }
        if (entry.caseSensitive) return hasListContext(ctx, first, last) || !atSentenceStart(ctx, first);
        return true;
      }
    }
  };

  /** Entries for exactly this token sequence (all soft gaps), or null. */
  const lookupSequence = (keys: string[]): AliasEntry[] | null => {
    let node = childOf(root, keys[0]);
    for (let k = 1; node && k < keys.length; k++) node = childOf(node.next[GAP_SOFT], keys[k]);
    return node?.entries ?? null;
  };

  /**
   * "PyTorch/Lightning" may be one alias, yet each slash-separated part that is itself a skill's
   * canonical name is named too ("PyTorch"). Aliases like "CI/CD" keep their parts silent.
   */
  const addSlashParts = (ctx: MatchContext, first: number, last: number, found: SkillMatch[]) => {
    const { tokens } = ctx;
    let partStart = first;
    let sawSlash = false;
    for (let k = first + 1; k <= last + 1; k++) {
      if (k <= last && tokens.gap[k] !== GAP_SLASH) continue;
      if (k <= last) sawSlash = true;
      if (!sawSlash) return;
      const entries = lookupSequence(tokens.key.slice(partStart, k));
      for (const entry of entries ?? []) {
        if (entry.form.toLowerCase() !== entry.skill.name.toLowerCase()) continue;
        if (found.some((m) => m.skill.id === entry.skill.id && m.start === tokens.start[first])) continue;
        if (passes(entry, ctx, partStart, k - 1)) found.push({ skill: entry.skill, start: tokens.start[partStart], end: tokens.end[k - 1] });
      }
      partStart = k;
    }
  };

  /**
   * A head word shared by list items: "tests (unit, integration, performance)" names performance
   * tests, "unit and integration tests" names unit tests. Only unguarded aliases qualify.
   */
  const addDistributedItems = (ctx: MatchContext, covered: Uint8Array, found: SkillMatch[]) => {
    const { tokens, text } = ctx;
    const items = listItems(ctx);
    for (const group of items) {
      if (group.items.length === 0 || group.head === null) continue;
      for (const [a, b] of group.items) {
        let free = true;
        for (let k = a; k <= b; k++) if (covered[k - ctx.from]) free = false;
        if (!free) continue;
        const head = tokens.key[group.head];
        // "write unit and performance tests": the item may carry words before the shared phrase.
        const tries: [number, number, string[]][] = [];
        for (let s = a; s <= b; s++) tries.push([s, b, [...tokens.key.slice(s, b + 1), head]]);
        for (let e = b; e >= a; e--) tries.push([a, e, [head, ...tokens.key.slice(a, e + 1)]]);
        for (const [s, e, keys] of tries) {
          const entries = lookupSequence(keys)?.filter((entry) => entry.guard === "free") ?? [];
          if (entries.length === 0) continue;
          for (const entry of entries) found.push({ skill: entry.skill, start: tokens.start[s], end: tokens.end[e] });
          covered.fill(1, a - ctx.from, b + 1 - ctx.from);
          break;
        }
      }
    }
    void text;
  };

  const matchUnit = (ctx: MatchContext): SkillMatch[] => {
    const { tokens } = ctx;
    const found: SkillMatch[] = [];
    const covered = new Uint8Array(Math.max(0, ctx.to - ctx.from));
    const candidates: { last: number; entries: AliasEntry[] }[] = [];
    let i = ctx.from;
    while (i < ctx.to) {
      const key = tokens.key[i];
      // Inline first lookup: most tokens name nothing and leave here.
      let node = root.get(key);
      if (node === undefined && (key.charCodeAt(key.length - 1) !== 43 || !(node = childOf(root, key)))) {
        i++;
        continue;
      }
      candidates.length = 0;
      if (node.entries) candidates.push({ last: i, entries: node.entries });
      for (let j = i + 1; j < ctx.to; j++) {
        const gap = tokens.gap[j];
        if (gap === GAP_HARD) break;
        node = step(node, gap, tokens.key[j]);
        if (!node) break;
        if (node.entries) candidates.push({ last: j, entries: node.entries });
      }
      let advanced = false;
      for (let c = candidates.length - 1; c >= 0 && !advanced; c--) {
        const { last, entries } = candidates[c];
        for (const entry of entries) {
          if (!passes(entry, ctx, i, last)) continue;
          found.push({ skill: entry.skill, start: tokens.start[i], end: tokens.end[last] });
          advanced = true;
        }
        if (advanced) {
          if (last > i) addSlashParts(ctx, i, last, found);
          covered.fill(1, i - ctx.from, last + 1 - ctx.from);
          i = last + 1;
        }
      }
      if (!advanced) i++;
    }
    if (mayShareHead(ctx)) addDistributedItems(ctx, covered, found);
    if (found.length > 1) found.sort(byStart);
    return filterSpokenLanguages(found, ctx);
  };

  return { matchUnit, startsAlias };
}

/** "German citizenship" is not the German language: spoken languages need a language context. */
function filterSpokenLanguages(found: SkillMatch[], ctx: MatchContext): SkillMatch[] {
  if (!found.some((m) => m.skill.category === "spoken-language")) return found;
  const spoken = found.filter((m) => m.skill.category === "spoken-language" && !m.skill.ambiguity);
  if (spoken.length === 0) return found;
  const distinct = new Set(spoken.map((m) => m.skill.id)).size;
  if (distinct >= 2 || SPOKEN_CONTEXT.test(ctx.unitLower.value())) return found;
  return found.filter((m) => !spoken.includes(m));
}

let defaultMatcher: SkillMatcher | null = null;

/** The matcher over the project's taxonomy, compiled on first use. */
export function getDefaultSkillMatcher(): SkillMatcher {
  return (defaultMatcher ??= compileSkillMatcher(SKILLS));
}
