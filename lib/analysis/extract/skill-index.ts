/**
 * The taxonomy compiled once into a token trie: first token -> following tokens, keyed by the kind
 * of gap between them. Every name and alias is tokenized the way posting text is, with its plural
 * and its joined spelling ("finetuning" for "fine-tuning") indexed too, so a scan needs one map
 * lookup per token.
 */
import { normalizeSkillName, type SkillDefinition } from "@/lib/analysis/taxonomy";
import { COMMON_WORD_FORMS } from "./common-words";
import { GAP_AMP, GAP_HARD, GAP_PLUS, GAP_SOFT, tokenize } from "./tokens";

/** How much context a surface form needs before it counts (see skill-guards.ts). */
export type Guard = "free" | "rule" | "listed" | "letter" | "common-word";

export interface AliasEntry {
  skill: SkillDefinition;
  form: string;
  guard: Guard;
  caseSensitive: boolean;
  needsContext: string[] | null;
  /** Came from a plural or from joining a multi-word alias; real aliases win. */
  derived: boolean;
}

export interface TrieNode {
  entries: AliasEntry[] | null;
  /** Children per gap kind (soft, slash, plus, amp). */
  next: (Map<string, TrieNode> | undefined)[];
}

function newNode(): TrieNode {
  return { entries: null, next: [undefined, undefined, undefined, undefined] };
}

export function childOf(map: Map<string, TrieNode> | undefined, key: string): TrieNode | undefined {
  if (!map) return undefined;
  const exact = map.get(key);
  if (exact || key.charCodeAt(key.length - 1) !== 43) return exact;
  // "Java+Spring": a glued plus that names nothing is only punctuation.
  const bare = key.replace(/\++$/, "");
  return bare.length > 0 ? map.get(bare) : undefined;
}

/** One trie step; "X + Y" and "X & Y" also read as "X and Y" ("frontend + backend"). */
export function step(node: TrieNode, gap: number, key: string): TrieNode | undefined {
  const direct = childOf(node.next[gap], key);
  if (direct || (gap !== GAP_PLUS && gap !== GAP_AMP)) return direct;
  const and = childOf(node.next[GAP_SOFT], "and");
  return and ? childOf(and.next[GAP_SOFT], key) : undefined;
}

// "work with data scientists", "partner with product managers": a plural role noun names colleagues,
// while the singular ("as a data engineer", "a data analyst role") names the candidate's own role.
const ROLE_NOUNS = new Set([
  "engineer", "scientist", "analyst", "developer", "manager", "designer", "architect", "owner", "specialist",
  "consultant", "administrator", "researcher", "lead", "programmer", "tester",
]);

function pluralsOf(key: string): string[] {
  if (key.length < 2 || !/[a-z]$/.test(key) || key.endsWith("s") || ROLE_NOUNS.has(key)) return [];
  if (/[^aeiou]y$/.test(key)) return [key.slice(0, -1) + "ies", key + "s"];
  return [key + "s"];
}

// "transformer models" -> "transformer model", "web crawlers" -> "web crawler": the singular of a
// plural last word, for names of two words or more (one word is too often a name: "Pandas", "Rails").
function singularOf(keys: readonly string[]): string | null {
  const last = keys[keys.length - 1];
  if (keys.length < 2 || last.length < 4 || !/[a-z]s$/.test(last) || /(?:ss|us|is)$/.test(last)) return null;
  return last.endsWith("ies") ? last.slice(0, -3) + "y" : last.slice(0, -1);
}

function guardFor(skill: SkillDefinition, form: string): Pick<AliasEntry, "guard" | "caseSensitive" | "needsContext"> {
  const key = normalizeSkillName(form);
  const rule = skill.ambiguity;
  if (rule && rule.forms.some((f) => normalizeSkillName(f) === key)) {
    if (rule.listedOnly) return { guard: "listed", caseSensitive: rule.caseSensitive === true, needsContext: null };
    const context = rule.needsContext && rule.needsContext.length > 0 ? rule.needsContext.map((w) => w.toLowerCase()) : null;
    return { guard: "rule", caseSensitive: rule.caseSensitive === true, needsContext: context };
  }
  if (key.length === 1) return { guard: "letter", caseSensitive: true, needsContext: null };
  if (COMMON_WORD_FORMS.has(key)) return { guard: "common-word", caseSensitive: false, needsContext: null };
  return { guard: "free", caseSensitive: false, needsContext: null };
}

/** Real aliases win over derived forms; one entry per skill per node. */
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

export class SkillIndex {
  readonly root = new Map<string, TrieNode>();

  constructor(skills: readonly SkillDefinition[]) {
    for (const skill of skills) {
      for (const form of new Set([skill.name, ...skill.aliases])) this.addForm(skill, form);
    }
  }

  /** True when some alias starts with this lowercased token (list context for short names). */
  startsAlias(key: string): boolean {
    return childOf(this.root, key) !== undefined;
  }

  /** Entries for exactly this token sequence (all soft gaps), or null. */
  lookupSequence(keys: string[]): AliasEntry[] | null {
    let node = childOf(this.root, keys[0]);
    for (let k = 1; node && k < keys.length; k++) node = childOf(node.next[GAP_SOFT], keys[k]);
    return node?.entries ?? null;
  }

  /** Entries for keys[from..to] with `extra` before (extraFirst) or after them, all soft gaps; no allocation. */
  lookupRange(keys: readonly string[], from: number, to: number, extra: string, extraFirst: boolean): AliasEntry[] | null {
    let node = childOf(this.root, extraFirst ? extra : keys[from]);
    for (let k = extraFirst ? from : from + 1; node && k <= to; k++) node = childOf(node.next[GAP_SOFT], keys[k]);
    if (node && !extraFirst) node = childOf(node.next[GAP_SOFT], extra);
    return node?.entries ?? null;
  }

  private addForm(skill: SkillDefinition, form: string): void {
    const stream = tokenize(form);
    if (stream.count === 0) return;
    const keys = stream.key.slice(0, stream.count);
    const gaps = Array.from(stream.gap.subarray(0, stream.count));
    const guard = guardFor(skill, form);
    this.insert(keys, gaps, { skill, form, ...guard, derived: false });
    // "LLMs", "microservices", "technologies": the plural of the last word, unless the form is guarded.
    if (guard.guard === "free" || guard.guard === "common-word") {
      for (const plural of pluralsOf(keys[keys.length - 1])) {
        this.insert([...keys.slice(0, -1), plural], gaps, { skill, form, ...guard, derived: true });
      }
      const singular = singularOf(keys);
      if (singular) this.insert([...keys.slice(0, -1), singular], gaps, { skill, form, ...guard, derived: true });
    }
    if (keys.length > 1 && gaps.slice(1).every((g) => g === GAP_SOFT)) {
      const joined = keys.join("");
      this.insert([joined], [GAP_HARD], { skill, form: joined, ...guardFor(skill, joined), derived: true });
    }
  }

  private insert(keys: string[], gaps: number[], entry: AliasEntry): void {
    let node: TrieNode | undefined = this.root.get(keys[0]);
    if (!node) {
      node = newNode();
      this.root.set(keys[0], node);
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
  }
}
