/**
 * Cheap gates in front of the cue regular expressions. One pass over a unit's tokens collects a
 * bit per cue family whose trigger words occur; a cue regex only runs when its bit is set. Most
 * units set none, and a Map lookup per token is far cheaper than long alternations per clause.
 */
import type { TokenStream } from "./tokens";

export const CUE_PREFERRED = 1;
export const CUE_YEARS = 2;
export const CUE_ELIGIBILITY = 4;
export const CUE_CLOSING = 8;
export const CUE_COMPANY = 16;
export const CUE_STAND_IN = 32;
export const CUE_NEGATION = 64;
export const ALL_CUES = 127;

const TRIGGERS: [number, string[]][] = [
  [
    CUE_PREFERRED,
    ["nice", "plus", "bonus", "ideally", "ideal", "preferred", "preferably", "preferable", "desirable", "desired",
      "advantage", "advantageous", "optional", "not", "good", "great", "credit", "love", "helpful", "appreciated",
      "pluses", "brownie", "beneficial", "we'd", "welcome", "welcomed", "helps", "help", "better", "valuable"],
  ],
  [CUE_YEARS, ["year", "years", "yr", "yrs", "decade", "decades"]],
  [
    CUE_ELIGIBILITY,
    ["citizen", "citizens", "citizenship", "visa", "visas", "sponsorship", "relocate", "relocation", "relocating",
      "clearance", "eligible", "authorized", "authorised", "right", "permit", "living", "reside", "residency",
      "timezone", "timezones", "zone", "zones", "office", "commute", "commuting", "bachelor", "bachelors", "master",
      "masters", "phd", "degree", "degrees", "diploma", "bs", "ms", "bsc", "msc", "graduate"],
  ],
  [CUE_CLOSING, ["hear", "reach", "touch", "send", "apply", "applying", "submit", "application", "fill", "email", "e", "mail", "drop", "dm"]],
  [CUE_COMPANY, ["we", "our", "us", "we're", "we've", "we'll", "we'd"]],
  [CUE_STAND_IN, ["comparable", "similar", "equivalent", "related", "other", "another", "any"]],
  [
    CUE_NEGATION,
    ["no", "not", "don't", "don\u2019t", "dont", "doesn't", "doesn\u2019t", "doesnt", "won't", "won\u2019t", "isn't",
      "isn\u2019t", "aren't", "aren\u2019t"],
  ],
];

const TRIGGER_BITS = new Map<string, number>();
for (const [bit, words] of TRIGGERS) for (const word of words) TRIGGER_BITS.set(word, (TRIGGER_BITS.get(word) ?? 0) | bit);

/** The cue families whose trigger words occur among tokens [from, to). */
export function cueBits(tokens: TokenStream, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) bits |= TRIGGER_BITS.get(tokens.key[i]) ?? 0;
  return bits;
}

/** Text lowercased on first use: few units need it, so most never pay for it. */
export class LazyLowercase {
  private cached: string | null = null;
  constructor(private readonly read: () => string) {}
  value(): string {
    if (this.cached === null) this.cached = this.read().toLowerCase();
    return this.cached;
  }
}
