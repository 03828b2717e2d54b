/**
 * Lists inside a unit and the head word their items share: "tests (unit, integration,
 * performance)" names performance tests, "unit and performance tests" names unit tests.
 */
import type { MatchContext } from "./skill-matcher";
import { GAP_HARD, GAP_SOFT, type TokenStream } from "./tokens";

export interface ListGroup {
  /** Token ranges [first, last] of the items. */
  items: [number, number][];
  /** The shared head token: before "(" for a bracketed list, the last word of the last item otherwise. */
  head: number;
}

const HEAD_WORDS = new Set([
  "tests", "testing", "test", "databases", "database", "development", "engineering", "design", "frameworks",
  "languages", "services", "systems", "architecture", "pipelines", "models", "learning", "analysis", "management",
  "skills", "security", "analyst", "analysts", "engineer", "engineers", "developer", "developers", "protocols",
  "roles", "role", "positions",
]);

/** Could a list in this unit share a head word? A bracket, or a head noun after a list mark ("and", "or", ",", "/"). */
export function mayShareHead(ctx: MatchContext): boolean {
  const { tokens, text } = ctx;
  if (ctx.to <= ctx.from) return false;
  // A bracket inside the unit: search the unit only, not the rest of the posting after it.
  if (text.slice(tokens.start[ctx.from], tokens.end[ctx.to - 1]).includes("(")) return true;
  // The head noun closes an item that starts at most three words after the list mark.
  let lastMark = -10;
  for (let k = ctx.from; k < ctx.to; k++) {
    const key = tokens.key[k];
    if (k - lastMark <= 4 && HEAD_WORDS.has(key)) return true;
    if (key === "and" || key === "or" || (k > ctx.from && tokens.gap[k] !== GAP_SOFT)) lastMark = k;
  }
  return false;
}

/** Comma/slash/and/or separated lists inside a unit that share a head word. */
export function findSharedHeadLists(ctx: MatchContext): ListGroup[] {
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
    const items = this.current.filter(([a, b]) => b >= a);
    this.current = [];
    this.itemStart = nextStart;
    if (items.length < 2) return;
    // The first item carries the words that lead into the list ("experience in application or
    // product security"): only its last words can name a skill with the head.
    items[0] = [Math.max(items[0][0], items[0][1] - 2), items[0][1]];
    if (head !== null) {
      const short = items.filter(([a, b]) => b - a < 3);
      if (short.length >= 2) this.groups.push({ items: short, head });
      return;
    }
    // "unit and integration tests", "presentation and data storytelling skills are required",
    // "application or product security, with ...": an item whose first words end in a head noun
    // shares it with the items before it.
    let from = 0;
    for (let i = 1; i < items.length; i++) {
      const [a, b] = items[i];
      for (let k = a + 1; k <= b && k <= a + 3; k++) {
        if (!HEAD_WORDS.has(this.tokens.key[k])) continue;
        const others = items.slice(from, i).filter(([x, y]) => y - x < 3);
        if (others.length > 0) this.groups.push({ items: others, head: k });
        from = i + 1;
        break;
      }
    }
  }
}
