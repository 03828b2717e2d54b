/**
 * Years of experience: durations that are not experience, and experience in general rather than
 * with one skill. Read by years.ts.
 * Phrase lists compiled in one place (cues/index.ts); docs/extraction.md says how to add one.
 */
import type { CueFamily } from "./compile";

/** Durations that are not experience, read before the number: "in the last 2 years", "within 3 years". */
export const notExperienceBefore: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /\b(in the (last|past|next|first)|within|after|every|for the (next|first|past)|over the (last|past|next)|up to|under|less than)\s*$/,
    // The company's age or a residence condition: "For more than 40 years, we have ...",
    // "Profitable for 4+ years", "Established company (20+ years)", "a citizen of the UK ... for at least 10".
    /(?:^|[.!?]\s+|\n)\s*for\s+(?:(?:more than|over|almost|nearly|about|around)\s+)?$/,
    /\b(?:profitable|established|founded|operating|around|in business|existed|existing|been)\s+(?:company\s+)?(?:for\s+)?(?:(?:more than|over|almost|nearly|about|around)\s+)?\(?\s*$/,
    /\b(?:citizens?|citizenship|residents?|residency|lived|living)\b(?:(?!experience|work|with\b|using\b)[^.;]){0,80}\bfor\s+(?:(?:at least|a minimum of|over|more than)\s*)?$/,
  ],
};

/** Durations that are not experience, read after "years": "2 years old", "4 years vesting". */
export const notExperienceAfter: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /^\s*(old|ago|of age|warranty|contract|vesting|cliff|runway|in business|of funding|and counting)\b/,
    // "a 3 year university degree in engineering": the degree's length.
    /^\s*(?:(?:university|college|bachelor'?s?|undergraduate|master'?s?|academic)\s+)?(?:degree|diploma|programme|program)\b/,
  ],
};

/** "7 years of overall professional experience in data science": the posting's bar and the field's years. */
export const overallExperience: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /^\s*(?:of\s+)?(?:total|overall)\s+(?:(?:professional|industry|work|relevant)\s+)?(?:experience|exp)\b/,
  ],
};

/** Years of experience in general rather than with one skill: "5 years of professional experience", "in the industry". */
export const genericExperience: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /^\s*of\s+(?:(?:professional|relevant|industry|hands-on|practical)\s+)?experience\s+(?:with|in)\s+(?:software\s+(?:development|engineering)|programming|coding)\b(?=\s*(?:$|[.,;:)(]|\band\b|\bin\s+(?:one|a|at least)\b))/,
    /^\s*(?:in|within)\s+(?:the\s+)?(?:industry|field|tech(?:nology)?\s+industry)\b/,
    // "6+ yrs eng, 2+ yrs shipping LLM systems", "~2 years of work experience who have ...".
    /^\s*(?:of\s+)?(?:eng|engineering|swe|dev)(?:\s+experience)?(?=\s*(?:$|[.,;:)(]))/,
    /^\s*of\s+(?:(?:professional|relevant|industry|work|working)\s+)?experience\s+(?=(?:who|that)\b)/,
    /^\s*(?:in|of)\s+(?:professional\s+)?software\s+(?:engineering|development)(?:\s+roles?)?(?=\s*(?:$|[.,;:)(\]]|\band\b|\bincluding\b))/,
    /^\s*(?:of\s+)?(?:(?:professional|relevant|related|industry|commercial|hands-on|practical|applied|proven|overall|total|full-time|work|working|technical|post-graduate|post-graduation|non-internship|non-academic|paid|software|development|engineering|programming|coding|it|tech|prior|previous|real-world|production)\s+)*(?:experience|exp)\b(?=\s*(?:$|[.,;:)(\]]|\band\b|\bor\b|\boverall\b|\bin\s+total\b|\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:engineer|developer|programmer)s?\b|\b(?:is\s+)?(?:required|needed|preferred|desired|minimum)\b|\bin\s+(?:the\s+)?(?:industry|field|a\s+similar|similar|tech|software(?:\s+(?:development|engineering))?)\b))/,
  ],
};
