/**
 * Finding a model's quote in the posting. Models copy faithfully but not byte for byte: they
 * change case, collapse line breaks, straighten quotes, drop a bullet marker. The posting is folded
 * the same way once, with a map from folded to original offsets, so a found quote has an exact
 * span in the original text. Anything not found after folding is not in the posting.
 */
export interface FoldedText {
  folded: string;
  /** Original offset of each folded character. */
  offsets: number[];
}

const SAME_CHARACTER: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u2032": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u00A0": " ", "\u2007": " ", "\u202F": " ",
};

function foldCharacter(character: string): string {
  return (SAME_CHARACTER[character] ?? character).toLowerCase();
}

export function foldText(text: string): FoldedText {
  let folded = "";
  const offsets: number[] = [];
  let lastWasSpace = true; // no leading space
  for (let index = 0; index < text.length; index++) {
    const character = foldCharacter(text[index]);
    if (/\s/.test(character)) {
      if (lastWasSpace) continue;
      folded += " ";
      offsets.push(index);
      lastWasSpace = true;
      continue;
    }
    // Lowercasing can lengthen a character ("İ"): every piece maps to the same original offset.
    for (const piece of character) {
      folded += piece;
      offsets.push(index);
    }
    lastWasSpace = false;
  }
  return { folded, offsets };
}

/** The quote folded like the posting, without a leading bullet marker or trailing punctuation. */
export function foldQuote(quote: string): string {
  return foldText(quote)
    .folded.replace(/^(?:[-*•·▪◦‣>]+|\d{1,2}[.)])\s+/, "")
    .replace(/(?:\s|[.,;:!]|\.\.\.|…)+$/, "")
    .trim();
}

/** [start, end) of the quote's first occurrence in the original text, or null when it is not there. */
export function locateQuote(posting: FoldedText, quote: string): [number, number] | null {
  const needle = foldQuote(quote);
  if (needle.length < 2) return null;
  const at = posting.folded.indexOf(needle);
  if (at < 0) return null;
  return [posting.offsets[at], posting.offsets[at + needle.length - 1] + 1];
}
