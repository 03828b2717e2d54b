import { CUES } from "./cues";
/**
 * Years of experience: "7+ years", "at least seven years", "3-5 years" (3), "minimum of 5 years",
 * "an additional 2 years as a Lead". Offsets are relative to the string given.
 */
export interface YearsMention {
  start: number;
  end: number;
  years: number;
  /** "an additional 2 years": on top of another figure, for its own skills. */
  additional: boolean;
  /**
   * Followed by a generic experience phrase and nothing more specific ("3+ years of software
   * development experience"): the end of that phrase, else -1.
   */
  genericEnd: number;
  /** "5+ years total professional experience building ML products": the bar, and also the years of what follows. */
  overall?: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
};
const NUMBER = "(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)";
const YEARS = new RegExp(
  "\\b(?:(?:at\\s+least|a\\s+minimum\\s+of|minimum\\s+of|minimum|min\\.?|over|more\\s+than|upwards\\s+of|no\\s+less\\s+than)\\s+)?" +
    "(?:(an?\\s+)?(additional|further|extra)\\s+)?" +
    `\\(?${NUMBER}\\s*(?:\\+|plus)?\\)?\\s*(?:(?:-|–|—|to)\\s*${NUMBER}\\s*\\+?\\s*)?(?:or\\s+more\\s+)?(?:years?|yrs?)\\b(?:\\s*\\+)?`,
  "gi",
);

// "A decade of industry experience", "over two decades in trading": decades are years too.
const DECADES = /\b(?:(?:at\s+least|over|more\s+than|nearly|almost|upwards\s+of)\s+)?(a|one|two|three|half\s+a|\d)\s+decades?\b/gi;
const DECADE_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, "half a": 0.5 };

// "at least a year of it building with LLMs": a single year, only after a bound (not "once a year").
const A_YEAR = /\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|over|more\s+than)\s+a\s+(?:full\s+)?year\b/gi;

function toNumber(raw: string): number {
  const word = WORD_NUMBERS[raw.toLowerCase()];
  return word ?? Number.parseFloat(raw);
}

// "5+ years building web apps, 2+ with React": a bare figure after a years mention, tied to a skill.
// "8 years of software experience, including 3 or more in a trading environment": the same, after "including".
const FOLLOW_UP =
  /(?:(?:,|;|\band\b)\s*(?:(?:including|of which)\s+)?|\b(?:including|of which)\s+)(?:at least\s+)?(\d{1,2})\s*(?:\+|plus|or more)?\s*(?=(?:with|in|of|using|on|as|writing|building)\b)/gi;

export function findYearsMentions(text: string): YearsMention[] {
  const mentions = findFullMentions(text);
  if (mentions.length === 0) return mentions;
  FOLLOW_UP.lastIndex = mentions[0].end;
  for (let m = FOLLOW_UP.exec(text); m; m = FOLLOW_UP.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    if (mentions.some((other) => start >= other.start && start < other.end)) continue;
    const years = Number.parseInt(m[1], 10);
    if (years > 0 && years <= 40) mentions.push({ start, end: m.index + m[0].length, years, additional: false, genericEnd: -1 });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function toMention(text: string, start: number, end: number, years: number, additional: boolean): YearsMention | null {
  // Up to a sentence back: "a citizen of the UK, USA, Canada, New Zealand, or Australia for at least 10 years".
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end);
  if (CUES.notExperienceBefore.test(before) || CUES.notExperienceAfter.test(after)) return null;
  if (!Number.isFinite(years) || years <= 0 || years > 40) return null;
  const overall = CUES.overallExperience.exec(after);
  if (overall) return { start, end, years, additional, genericEnd: end + overall[0].length, overall: true };
  const generic = CUES.genericExperience.exec(after);
  return { start, end, years, additional, genericEnd: generic ? end + generic[0].length : -1 };
}

function findFullMentions(text: string): YearsMention[] {
  const mentions: YearsMention[] = [];
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const mention = toMention(text, m.index, m.index + m[0].length, toNumber(m[3]), m[2] !== undefined);
    if (mention) mentions.push(mention);
  }
  if (/\ba\s+(?:full\s+)?year\b/i.test(text)) {
    A_YEAR.lastIndex = 0;
    for (let m = A_YEAR.exec(text); m; m = A_YEAR.exec(text)) {
      const mention = toMention(text, m.index, m.index + m[0].length, 1, false);
      if (mention) mentions.push(mention);
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  if (/decade/i.test(text)) {
    DECADES.lastIndex = 0;
    for (let m = DECADES.exec(text); m; m = DECADES.exec(text)) {
      const count = DECADE_COUNT[m[1].toLowerCase().replace(/\s+/g, " ")] ?? Number.parseInt(m[1], 10);
      const mention = toMention(text, m.index, m.index + m[0].length, count * 10, false);
      if (mention) mentions.push(mention);
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  return mentions;
}
