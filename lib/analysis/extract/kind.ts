/**
 * Reading a unit's voice: does it state a requirement, a preference, the stack, or something else
 * (what the job does, what the company is)? Used for units outside requirement sections, and for
 * the clauses inside a requirement that soften it ("is a plus", "(Python preferred)").
 */
import { ALL_CUES, CUE_CLOSING, CUE_PREFERRED } from "./word-gate";
import { CUES } from "./cues";

export function disclaimsNeed(lower: string): boolean {
  return CUES.needDisclaimer.test(lower);
}

export type Voice = "requirement" | "preferred" | "stack" | "description" | "closing";

// The last text normalised and its form: a unit is read by several deciders in turn (its role,
// then the unmarked-unit rules, then its clauses), and each asks for the same normalisation.
let lastText = "";
let lastNormalized = "";

/** Straight quotes and lowercase: the form every cue pattern expects. */
export function normalizeForCues(text: string): string {
  if (text !== lastText) {
    lastNormalized = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/^[\s*_(\[("“"]+/, "");
    lastText = text;
  }
  return lastNormalized;
}

// The last unit tested for requirement cues and the answer: the unmarked-unit rules ask again
// what reading the unit's voice already asked, and this family is the costliest cue to run.
let lastAskedText: string | null = null;
let lastAsks = false;

/** Does the (normalised) text use a requirement cue ("experience", "must", "you have", ...)? */
export function usesRequirementCue(lower: string): boolean {
  if (lower !== lastAskedText) {
    lastAsks = CUES.requirement.test(lower);
    lastAskedText = lower;
  }
  return lastAsks;
}

/** The voice of a unit outside any requirement section (or in a posting without headings). */
export function readVoice(lower: string, cues: number = ALL_CUES): Voice {
  if (CUES.reassurance.test(lower)) return "description";
  // "For US roles, you can expect ... benefits including: health insurance": what the job gives, not asks.
  if (CUES.benefitsTalk.test(lower) && !CUES.strongRequirement.test(lower)) return "description";
  if (CUES.stackOpener.test(lower)) {
    if (disclaimsNeed(lower)) return "description";
    // "We automate with Python and NetBox, so a working knowledge of Python is expected": a
    // company stack clause followed by a firm demand is a requirement; the stack clause alone
    // stays preferred (context-clauses.ts scopes it).
    return /^(?:we|our)\b/.test(lower) && CUES.strongRequirement.test(lower) ? "requirement" : "stack";
  }
  if (CUES.hiringNeed.test(lower) && !CUES.demandWord.test(lower)) return "description";
  if ((cues & CUE_CLOSING) !== 0 && CUES.closing.test(lower) && !CUES.strongRequirement.test(lower)) return "closing";
  const preferred = (cues & CUE_PREFERRED) !== 0 && CUES.preferred.test(lower);
  const requirement = usesRequirementCue(lower);
  if (CUES.descriptionOpener.test(lower) && !CUES.strongRequirement.test(lower)) {
    // "Kubernetes is a plus" and "We'd love experience with Rust" still ask something of the candidate.
    const asks = preferred && (requirement || !/^(we|our|us|at)\b/.test(lower));
    if (!asks) return "description";
  }
  // "Unlike most brands our size we don't run on Shopify: ... a Rails monolith we've grown for eight
  // years": the company talking about itself, whatever cue words it happens to use, asks nothing.
  if (requirement && !preferred && CUES.companySubject.test(lower) && !CUES.addressesCandidate.test(lower) && !CUES.leadingDemand.test(lower) && !CUES.strongRequirement.test(lower)) {
    return "description";
  }
  // "We're looking for someone who has built backend systems, ideally in healthcare": a firm demand
  // with a softened part stays a requirement; the preference scopes soften that part alone.
  if (requirement) return preferred && !CUES.strongRequirement.test(lower) ? "preferred" : "requirement";
  return preferred ? "preferred" : "description";
}

/**
 * A clause inside a requirement unit that speaks for the company ("We build and manage our own
 * systems ...") names context, not requirements, unless it asks for something ("we need ...").
 */
export function isCompanyVoiceClause(lower: string): boolean {
  // "Our stack is Java, Kafka ..." speaks for the company too, but names the stack.
  return /^(we|our|us)\b/.test(lower) && !CUES.strongRequirement.test(lower) && !CUES.stackOpener.test(lower);
}

/** "Our stack is ...", "we use ...", "built with ...". */
export function isStackStatement(lower: string): boolean {
  return CUES.stackOpener.test(lower);
}

export function isClosing(lower: string): boolean {
  return CUES.closing.test(lower) && !CUES.strongRequirement.test(lower);
}

/**
 * A sentence that plainly describes the job or the company ("You'll be on call one week in five",
 * "We offer relocation support") or closes the posting; not one that merely lacks cue words.
 */
export function describesContext(lower: string, cues: number = ALL_CUES): boolean {
  const voice = readVoice(lower, cues);
  if (voice === "closing") return true;
  return voice === "description" && (CUES.descriptionOpener.test(lower) || CUES.companySubject.test(lower) || CUES.benefitsTalk.test(lower));
}

/** Where a stack statement starts inside a sentence in the company's voice, or -1. */
export function findStackClause(lower: string): number {
  const match = CUES.stackClause.exec(lower);
  if (match) return match.index;
  // The parts after the colon are the stack; the subject before it is the company's.
  const colon = CUES.stackColonClause.exec(lower);
  return colon ? colon.index + colon[0].length : -1;
}
