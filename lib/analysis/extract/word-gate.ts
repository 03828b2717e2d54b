/**
 * Cheap gates in front of the cue regular expressions: most units contain none of a cue's
 * trigger words, and a Set lookup per token is far cheaper than running a long alternation over
 * every clause. A gate that passes only means the regex must decide.
 */
import type { TokenStream } from "./tokens";

export interface WordGate {
  /** True when some token in [from, to) is one of the words. */
  any(from: number, to: number): boolean;
}

export function makeWordGate(tokens: TokenStream, words: ReadonlySet<string>): WordGate {
  return {
    any(from, to) {
      for (let i = from; i < to; i++) if (words.has(tokens.key[i])) return true;
      return false;
    },
  };
}

export const PREFERRED_TRIGGERS: ReadonlySet<string> = new Set([
  "nice", "plus", "bonus", "ideally", "ideal", "preferred", "preferably", "preferable", "desirable", "desired",
  "advantage", "advantageous", "optional", "not", "good", "great", "extra", "love", "helpful", "appreciated",
  "pluses", "brownie", "better", "would", "we'd",
]);

export const YEARS_TRIGGERS: ReadonlySet<string> = new Set(["year", "years", "yr", "yrs"]);

export const ELIGIBILITY_TRIGGERS: ReadonlySet<string> = new Set([
  "citizen", "citizens", "citizenship", "visa", "visas", "sponsorship", "relocate", "relocation", "relocating",
  "clearance", "eligible", "authorized", "authorised", "right", "permit", "living", "reside", "residency",
  "timezone", "timezones", "zone", "zones", "office", "commute", "commuting",
]);
