/**
 * Clauses and units in context: eligibility, negation, a company naming its tools, a plain
 * demand inside an "About us" section, someone describing themselves. Read by context-clauses.ts
 * and index.ts.
 * Phrase lists compiled in one place (cues/index.ts); docs/extraction.md says how to add one.
 */
import type { CueFamily } from "./compile";

/** Eligibility is not a skill (README of the labelled set): citizenship, location, degrees. */
export const eligibility: CueFamily = {
  at: "word",
  phrases: [
    /citizen(ship)?s?/,
    /visa/,
    /sponsorship/,
    /relocat\w*/,
    /security clearance/,
    /clearance/,
    /eligible to work/,
    /authori[sz]ed to work/,
    /right to work/,
    /work permit/,
    /living in/,
    /reside in/,
    /residency/,
    /time ?zones?/,
    /in-office/,
    /commut\w*/,
    /bachelor'?s?/,
    /master'?s? degree/,
    /masters/,
    /ph\.?d\.?/,
    /degree/,
    /diploma/,
    /b\.?sc?\.?/,
    /m\.?sc?\.?/,
    /bs\/ms/,
    /ms\/phd/,
    /graduate of/,
  ],
};

/** "our backend is Go", "our data platform runs on Snowflake": the company naming a tool right after the verb. */
export const companyNamesTool: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /^(?:our|the team's|the company's)\s+(?:[\w-]+\s+){1,4}(?:is|are|runs?|uses?|lives?)(?:\s+(?:mostly|mainly|largely|primarily|entirely|all|currently|still))?(?:\s+(?:written|built|based|running|hosted|deployed|implemented))?(?:\s+(?:in|on|with|using))?\s+/,
  ],
};

/** "you don't need Java", "no prior Rust experience needed", "we don't mind if ...": not asked for. */
export const negated: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    // Not "don't need someone to define your tasks": needing no one is independence, not a skill waved off.
    /\b(?:(?:do|does|will)(?:n't| not)|won't|dont|doesnt) (?:need|require|expect|have to|mind|care|be (?:writing|using|maintaining|working (?:with|in|on)|touching|coding in))\b(?! (?:someone|anyone|somebody|anybody|a manager|hand-holding|handholding)\b)/,
    /\bno (?:prior |previous |professional |formal )?(?:[\w+#./-]+ ){0,3}(?:experience |knowledge |background )?(?:is |are )?(?:needed|necessary|required)\b/,
    /\b(?:is|are)(?:n't| not) (?:needed|necessary|a requirement|a must)\b/,
    /\bno need\b/,
    /\bdoesn't matter\b/,
    /\b(?:this|it) (?:is|'s) not an? (?:[\w+#./-]+ ){1,2}(?:role|position|job)\b/,
    /^no (?:[\w+#./-]+ ){0,3}(?:work|experience|knowledge|background|coding|development)\b(?! (?:is|are) (?:a )?(?:plus|bonus))/,
  ],
};

/** A plain demand on the candidate, which makes a unit in a context section count. */
export const demand: CueFamily = {
  at: "word", flags: "i",
  phrases: [
    /you(?:'ll| will) need (?:to have|to bring|experience|strong|solid|deep|at least|\d)/,
    /you (?:must|should) (?:have|be|know|bring)/,
    /we(?:'re| are) looking for (?:someone|people|engineers?|candidates?|an? [\w-]+(?: [\w-]+){0,3}) (?:with|who)/,
    /(?:is|are) (?:required|a must)/,
    /must[- ]haves?/,
    /requirements?:/,
    /(?:at least|minimum of|a minimum of) \w+ years/,
    /\d+\+? years of (?:[\w-]+ ){0,3}experience/,
  ],
};

/** In an "About us" or "Benefits" section only a plain demand counts ("Strong SQL required"), not "20 years of experience". */
export const contextDemand: CueFamily = {
  at: "word", flags: "i",
  phrases: [
    /required/,
    /must/,
    /you(?:'ll| will)? need/,
    /you should/,
    /we require/,
    /is a must/,
  ],
};

/** A person describing themselves or someone else ("I have 10 years ...", "They may ..."): not a demand on the candidate. */
export const describesSomeone: CueFamily = {
  at: "start", wholeWords: false,
  phrases: [
    // Not "I am looking for a Software Engineer with strong expertise in HPC": the writer hiring.
    /(?:(?:additionally|also|moreover|furthermore|currently|previously|recently|besides|in addition|today|now),? )?i(?:'m| am| have|'ve| hold| served| worked| built| led| developed| successfully| was| bring| specialize| excel| possess| enjoy| thrive| love| focus)\b(?! (?:also |currently |now )?(?:looking|hiring|seeking|searching)\b)/,
    /my (?:professional|recent|experience|background|skills|educational|expertise)\b/,
    /in my (?:recent|current|previous|last|past|most recent) (?:role|position|job)\b/,
    /on any given day\b/,
    /(?:they|he|she) (?:may|will|can|often|usually|also|spend)\b/,
    // "Layer Health's diverse founding team brings expertise across machine learning, UI/UX, ...".
    /(?:our |the |[\w.&-]+(?: [\w.&-]+)?'s )(?:[\w-]+ ){0,3}(?:team|founders|founding team|leadership) (?:brings|bring|has|have|combines|combine|includes|include|comes from|come from)\b/,
  ],
};

/** Cheap test before looking for a stack clause inside a sentence. */
export const stackClauseHint: CueFamily = {
  at: "anywhere", wholeWords: false, flags: "i",
  phrases: [
    /backed by/,
    /built (?:on|with|in|using)/,
    /written in/,
    /powered by/,
    /running on/,
    /runs on/,
    /on top of/,
    /(?:monorepo|monolith|app|application|codebase|stack|system|platform|services?)\s*:\s/,
  ],
};
