/**
 * Single words that classify: title lines (title.ts) and language names (skill-guards.ts).
 * Phrase lists compiled in one place (cues/index.ts); docs/extraction.md says how to add one.
 */
import type { CueFamily } from "./compile";

/** Words that make a line a job title. */
export const roleWord: CueFamily = {
  at: "word", flags: "i",
  phrases: [
    /engineer/,
    /engineering manager/,
    /developer/,
    /scientist/,
    /architect/,
    /manager/,
    /designer/,
    /analyst/,
    /lead/,
    /head of/,
    /director/,
    /programmer/,
    /administrator/,
    /consultant/,
    /researcher/,
    /specialist/,
    /intern/,
    /sre/,
    /devops/,
    /cto/,
    /vp/,
    /officer/,
    /technician/,
    /associate/,
    /strategist/,
    /recruiter/,
    /writer/,
    /advocate/,
    /owner/,
    /quant/,
    /trader/,
    /founding/,
  ],
};

/** Words of the location and terms segments of a title line, not the title. */
export const notTitle: CueFamily = {
  at: "word", flags: "i",
  phrases: [
    /remote/,
    /onsite/,
    /on-site/,
    /hybrid/,
    /full[- ]?time/,
    /part[- ]?time/,
    /contract/,
    /intern(ship)?s? only/,
    /visa/,
    /salary/,
    /\$\d/,
    /\d+k/,
    /usd/,
    /eur/,
    /gbp/,
    /h1b/,
    /relocation/,
    /apply/,
    /https?:/,
    /www\./,
    /us only/,
    /time zones?/,
  ],
};

/** Words showing a language name means a spoken language ("fluent German"). */
export const spokenContext: CueFamily = {
  at: "word",
  phrases: [
    /fluent/,
    /fluency/,
    /speak/,
    /speaking/,
    /spoken/,
    /written/,
    /verbal/,
    /languages?/,
    /native/,
    /bilingual/,
    /proficien\w*/,
    /communicat\w*/,
    /mother tongue/,
    /oral/,
    /c1/,
    /c2/,
    /b1/,
    /b2/,
    /excellent (?:english|german|french|spanish|dutch|japanese|mandarin|portuguese|italian)/,
    /conversational/,
  ],
};

/** Words showing a language name means a nationality or market ("German citizens", "the French market"). */
export const nationality: CueFamily = {
  at: "word",
  phrases: [
    /citizen\w*/,
    /national\w*/,
    /passport/,
    /residen\w*/,
    /based/,
    /located/,
    /law/,
    /market/,
    /markets/,
    /customers?/,
    /clients?/,
    /companies/,
    /company/,
    /cuisine/,
    /food/,
  ],
};
