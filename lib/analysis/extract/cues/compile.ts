/**
 * Turns a cue family (a list of phrases, one per line) into the one regular expression the
 * extractor runs. Phrases are small regular expressions so that a family can say "experience[ds]?"
 * or "(is|are) essential" without repeating itself; they are joined, never nested in each other.
 */
export interface CueFamily {
  /**
   * Where a phrase may start: at a word boundary ("word"), only at the start of the text
   * ("start"), or wherever the phrase's own anchors say ("anywhere").
   */
  at: "word" | "start" | "anywhere";
  /** A phrase must end at a word boundary (default true; ignored for "anywhere"). */
  wholeWords?: boolean;
  /** Regular expression flags: "i" for text that is not lowercased first, "g" for scanning. */
  flags?: string;
  phrases: readonly RegExp[];
}

const OPENERS = { word: "\\b(?:", start: "^(?:", anywhere: "(?:" } as const;

export function compileCue(family: CueFamily): RegExp {
  if (family.phrases.length === 0) throw new Error("a cue family needs at least one phrase");
  for (const phrase of family.phrases) {
    if (phrase.flags !== "") throw new Error(`cue phrase /${phrase.source}/ carries its own flags; set them on the family`);
  }
  const body = family.phrases.map((phrase) => phrase.source).join("|");
  const close = family.at !== "anywhere" && family.wholeWords !== false ? ")\\b" : ")";
  return new RegExp(OPENERS[family.at] + body + close, family.flags ?? "");
}
