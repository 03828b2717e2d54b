/**
 * Reading a unit's voice: does it state a requirement, a preference, the stack, or something else
 * (what the job does, what the company is)? Used for units outside requirement sections, and for
 * the clauses inside a requirement that soften it ("is a plus", "(Python preferred)").
 */
import { ALL_CUES, CUE_CLOSING, CUE_PREFERRED } from "./word-gate";

/** Words that make a requirement optional. */
export const PREFERRED_CUE =
  /\b(nice[- ]to[- ]haves?|(is|are|as|be|a) (big |huge |strong |real |definite )?(plus|bonus)|bonus|ideally|ideal(ly)? if|preferred|preferably|preferable|desirable|desired|would be (great|nice|a plus|an advantage|helpful|beneficial|ideal|awesome)|(is|are|an?) (big |huge )?advantage|advantageous|not (strictly )?required|(?<!\bnot )optional|good to have|great to have|extra credit|we'?d love|we would love|is helpful|are helpful|appreciated|pluses|brownie points|even better|(is|are|also|more than|very) welcome|welcomed?|(is|are) (also )?nice|nice to know|(also |really )?helps|would help|will help)\b/;

/** Words that state what a candidate must have or be. */
export const REQUIREMENT_CUE =
  /\b(experience[ds]?|proficien(t|cy)|understanding|knowledge|knowledgeable|familiar(ity)?|expertise|expert|skills?|skilled|ability to|able to|background (in|with)|degree|training|certification|certified|fluen(t|cy)|comfortable|years?|must|required|requires?|requirements?|(?:is|are) expected|should (also )?(have|be|know|understand|possess)|need to (have|be|know)|essential|strong|solid|deep|hands[- ]on|track record|you (have|are|bring|know|possess|can|should)|you've (built|shipped|used|worked|led|designed|run|written|deployed|owned|scaled|operated|maintained)|you(?:'ll| will) need|you're|mastery|command of|competen(t|ce|cy)|capable|interest in|passion for|we need|we require|we expect|ideal candidate|qualifications?|(?:looking|searching|hiring) for (?:someone|people|engineers?|candidates?|developers?|an? [\w-]+(?: [\w-]+){0,3}|[^.;:!?]{0,80}?(?:engineers?|developers?|scientists?|designers?|people|folks|candidates?|someone|individuals?|hackers?|generalists?|specialists?|experts?|leads?|managers?|researchers?)) (?:with|who|that)|interested in (?:people|engineers|candidates|folks|someone|anyone|applicants) (?:with|who)|(?:we are|we're) seeking [^.;:!?]{0,80}? (?:with|who|that)|(?:looking for|seeking|want|need) (?:strong |solid |deep |hands-on |real |proven )?(?:experience|expertise|knowledge|familiarity|proficiency) (?:with|in|of)|(?:great|good|strong|perfect|ideal|especially good|strong) fit if|exposure to|working knowledge|grasp of|adept|versed|we (?:really |also )?care (?:a lot |deeply |most |a great deal |strongly )?about)\b/;

/** A stack statement: "Our stack is ...", "Tech: ...", "We use ...", "Built with ...". */
const STACK_OPENER =
  /^(?:our |the |current |main |core )?(?:(?:monitoring|observability|data|infra|infrastructure|frontend|backend|front-end|back-end|mobile|cloud|ml|build|dev|devops|analytics|testing|security) )?(?:tech(?:nology|nical)? stack|stack|tech|technologies|tools(?: we use)?|tooling|toolchain|tool chain)\b(?:\s*(?::|is|are|includes?|consists? of|we use|-|—))|^(?:we|our team)(?: mostly| mainly| currently| primarily| also| largely| heavily)?(?: |(?='re ))(?:use|are using|'re using|write (?:\w+ ){0,3}in|code (?:\w+ ){0,2}in|build (?:with|on|using|in)|work (?:with|in)|run (?:on|in)|run (?:[\w.+#-]+ ){1,3}(?:models|services|workloads|clusters|pipelines) (?:on|in|with|using|exported|trained|built|written|served)|are running on|rely on|deploy (?:on|to)|host (?:on|in)|(?:are|'re) (?:migrating|moving) to|(?:are|'re) (?:on|all[- ]in on|standardi[sz]ed on)(?! (?:a|an|the|our|your|its|this|that|track|board|call|hand|top|it|site|leave|pace)\b))\b|^(?:built|written|running) (?:with|on|in)\b|^we (?:automate|serve|host|deploy|provision|orchestrate|monitor|render|ship) (?:[\w'-]+ ){0,4}?(?:with|using)\b|^we(?:'ve| have) built (?:[\w-]+ ){0,3}(?:on|with|in|using)\b|^you(?:'ll| will)(?: be)? (?:work(?:ing)? with|us(?:e|ing)) (?=[a-z0-9.#+/-]+(?:,| and | or ))|^our (?:[\w-]+ ){1,3}(?:runs? on|is built (?:on|with|in|using)|are built (?:on|with|in|using)|is written in|are written in|is powered by|are powered by)\b|^(?:the )?(?:backend|frontend|front-end|back-end|platform|product|app|codebase)(?: is)? (?:built|written) (?:with|on|in|using)\b/;

/** Openers of sentences that describe the job or the company rather than ask something of the candidate. */
export const DESCRIPTION_OPENER =
  /^(?:we(?:'re|'ve| are| have| will|'ll)?|our|us|at \w+|you(?:'ll| will)(?! need| have| bring| be (?:expected|required))|the (?:role|position|team|company|job|product|platform|engineer|successful|front-end|back-end|\w+ engineer)|this (?:role|position|job|is)|[a-z][\w.&’'-]* (?:is|are|was|builds|leverages|offers|provides|helps|makes)|join|work involves|(?:recent|current|past|upcoming|previous|some|example) (?:projects|launches|initiatives|work) (?:include|included|have included|has included)|responsibilities|you'd|in this role|as (?:a|an|our) |(?:benefits|perks|compensation|salary|pay) (?:include|includes|are|is|range|depends|will))\b/;

/** Sentences that close a posting: "If you're ..., we'd like to hear from you", "Apply now". */
export const CLOSING =
  /^(?:please\s+)?(?:e-?mail|send|write to|contact|dm|ping|reach out|apply)\b|\b(with a link to|your (?:resume|cv|portfolio|github)|hear from you|reach out|get in touch|send (?:us |me )?(?:your|an?|links?|over)\b|(to|please|how to|interested in|when you) apply(ing)?|apply (now|here|today|at|via|through|by|online|on|if|with)|submit (your|an|a) (application|resume|cv)|application (form|process|link)|fill out|e-?mail us|drop us|dm me)\b/;

const STRONG_REQUIREMENT_CUE =
  /\b(we need|we require|we expect|must|required|(?:is|are) expected|you (?:do |really |absolutely )?need|(is|are) essential|(?:looking|searching|hiring) for (?:someone|people|engineers?|candidates?|developers?|an? [\w-]+(?: [\w-]+){0,3}|[^.;:!?]{0,80}?(?:engineers?|developers?|scientists?|designers?|people|folks|candidates?|someone|individuals?|hackers?|generalists?|specialists?|experts?|leads?|managers?|researchers?)) (?:with|who|that)|interested in (?:people|engineers|candidates|folks|someone|anyone|applicants) (?:with|who)|(?:we are|we're) seeking [^.;:!?]{0,80}? (?:with|who|that)|(?:looking for|seeking|want|need) (?:strong |solid |deep |hands-on |real |proven )?(?:experience|expertise|knowledge|familiarity|proficiency) (?:with|in|of)|(?:great|good|strong|perfect|ideal|especially good|strong) fit if|(?:we(?:'re| are) )?(?:looking (?:to hire|for)|hiring|seeking|searching for) (?:an? |our (?:next |first )?)?(?:experienced |senior |staff |strong |seasoned |talented |skilled )*[\w+#./-]+(?: [\w+#./-]+){0,3} (?:engineers?|developers?|scientists?|programmers?|architects?)\b|you (will|'ll) need|you should|ideal candidate|minimum|at least|\d+\+? years?|we (?:really |also )?care (?:a lot |deeply |most |a great deal |strongly )?about|(?:we'?d|we would) (?:also )?(?:love|like) (?:someone|somebody|candidates?|people|engineers?) (?:who|with|to))\b/;

export const COMPANY_SUBJECT = /\b(?:we|we're|we've|we'll|our)\b/;
export const ADDRESSES_CANDIDATE = /\b(?:you|your|you're|you've|you'll|candidates?|someone)\b/;
/** A unit that opens with what it asks for: "Experience with Kafka, which we use heavily". */
const LEADING_DEMAND =
  /^(?:[\w'-]+ ){0,2}(?:experience[ds]?|proficien|knowledge|familiar|expertise|expert|skill|background|understanding|ability|able|comfort|fluen|hands-on|\d)/;

/** "we need another engineer who can take a feature from sketch to production": who is hired, not what they must know. */
const HIRING_NEED = /\bwe need (?:a|an|another|one more|someone|somebody)\b(?: [\w-]+){0,3}? (?:to|who (?:can|will|could))\b/;
const DEMAND_WORD = /\b(?:experience[ds]?|\d+\+? years?|must|required|proficien\w*|knowledge|expertise|background|familiar\w*|fluen\w*|skills?)\b/;
/** "If you're a little rusty on the math, that's fine; we'll go through it together." */
export const REASSURANCE =
  /^(?:and |but )?(?:if you(?:'re| are| have(?:n't| not)| don't| do not| haven't)|don't worry if|no need to)\b[^.;]*?(?:that's (?:fine|ok|okay|alright|totally fine)|(?:is|are) (?:fine|ok|okay)|no problem|don't worry|we(?:'ll| will) (?:teach|train|help|go through|get you|show))/;
/** "Our iOS app is written in Swift ..., but you won't need any of that here": a stack disclaimed for this role. */
const NEED_DISCLAIMER =
  /\b(?:you )?(?:won't|will not|don't|do not|wouldn't|would not) (?:need|have to know|be using|use) (?:any of (?:that|this|these|them|it)|(?:that|this|these|those|them|it)\b)|\bnone of (?:that|this|these|it) is (?:required|needed|necessary)|\bbut this (?:role|position|job) is (?:all|entirely|purely|only|fully|100%) (?!about\b)[\w-]+/;

export function disclaimsNeed(lower: string): boolean {
  return NEED_DISCLAIMER.test(lower);
}

export type Voice = "requirement" | "preferred" | "stack" | "description" | "closing";

/** Straight quotes and lowercase: the form every cue pattern expects. */
export function normalizeForCues(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/^[\s*_(\[("“"]+/, "");
}

/** The voice of a unit outside any requirement section (or in a posting without headings). */
export function readVoice(lower: string, cues: number = ALL_CUES): Voice {
  if (REASSURANCE.test(lower)) return "description";
  if (STACK_OPENER.test(lower)) {
    if (disclaimsNeed(lower)) return "description";
    // "We automate with Python and NetBox, so a working knowledge of Python is expected": a
    // company stack clause followed by a firm demand is a requirement; the stack clause alone
    // stays preferred (context-clauses.ts scopes it).
    return /^(?:we|our)\b/.test(lower) && STRONG_REQUIREMENT_CUE.test(lower) ? "requirement" : "stack";
  }
  if (HIRING_NEED.test(lower) && !DEMAND_WORD.test(lower)) return "description";
  if ((cues & CUE_CLOSING) !== 0 && CLOSING.test(lower) && !STRONG_REQUIREMENT_CUE.test(lower)) return "closing";
  const preferred = (cues & CUE_PREFERRED) !== 0 && PREFERRED_CUE.test(lower);
  const requirement = REQUIREMENT_CUE.test(lower);
  if (DESCRIPTION_OPENER.test(lower) && !STRONG_REQUIREMENT_CUE.test(lower)) {
    // "Kubernetes is a plus" and "We'd love experience with Rust" still ask something of the candidate.
    const asks = preferred && (requirement || !/^(we|our|us|at)\b/.test(lower));
    if (!asks) return "description";
  }
  // "Unlike most brands our size we don't run on Shopify: ... a Rails monolith we've grown for eight
  // years": the company talking about itself, whatever cue words it happens to use, asks nothing.
  if (requirement && !preferred && COMPANY_SUBJECT.test(lower) && !ADDRESSES_CANDIDATE.test(lower) && !LEADING_DEMAND.test(lower) && !STRONG_REQUIREMENT_CUE.test(lower)) {
    return "description";
  }
  // "We're looking for someone who has built backend systems, ideally in healthcare": a firm demand
  // with a softened part stays a requirement; the preference scopes soften that part alone.
  if (requirement) return preferred && !STRONG_REQUIREMENT_CUE.test(lower) ? "preferred" : "requirement";
  return preferred ? "preferred" : "description";
}

/**
 * A clause inside a requirement unit that speaks for the company ("We build and manage our own
 * systems ...") names context, not requirements, unless it asks for something ("we need ...").
 */
export function isCompanyVoiceClause(lower: string): boolean {
  // "Our stack is Java, Kafka ..." speaks for the company too, but names the stack.
  return /^(we|our|us)\b/.test(lower) && !STRONG_REQUIREMENT_CUE.test(lower) && !STACK_OPENER.test(lower);
}

/** "Our stack is ...", "we use ...", "built with ...". */
export function isStackStatement(lower: string): boolean {
  return STACK_OPENER.test(lower);
}

export function isClosing(lower: string): boolean {
  return CLOSING.test(lower) && !STRONG_REQUIREMENT_CUE.test(lower);
}

/**
 * A sentence that plainly describes the job or the company ("You'll be on call one week in five",
 * "We offer relocation support") or closes the posting; not one that merely lacks cue words.
 */
export function describesContext(lower: string, cues: number = ALL_CUES): boolean {
  const voice = readVoice(lower, cues);
  if (voice === "closing") return true;
  return voice === "description" && (DESCRIPTION_OPENER.test(lower) || COMPANY_SUBJECT.test(lower));
}

// "..., and the whole product is a single Elixir/Phoenix application backed by PostgreSQL": the
// stack named inside a sentence about the company.
const STACK_CLAUSE =
  /\b(?:the|our)(?: whole| entire| core| main)? (?:product|app|application|platform|codebase|code base|backend|back end|back-end|frontend|front end|front-end|stack|system|service|services) (?:is|are|runs|lives)\b[^.;:]{0,60}?\b(?:built (?:on|with|in|using)|written in|backed by|powered by|running on|runs on|on top of)\b/;

// "Our application is a TypeScript monorepo: Next.js and React on the front end, ...": the
// product named as one thing, then a colon and its parts.
const STACK_COLON_CLAUSE =
  /\b(?:the|our)(?: whole| entire| core| main)? (?:product|app|application|platform|codebase|code base|backend|back end|back-end|frontend|front end|front-end|stack|system|services) (?:is|are) (?:a|an|one|mostly a|mostly an|largely a)\b[^.;:]{0,50}?\b(?:monorepo|monolith|app|application|codebase|stack|system|platform|services|service)\s*:\s/;

/** Where a stack statement starts inside a sentence in the company's voice, or -1. */
export function findStackClause(lower: string): number {
  const match = STACK_CLAUSE.exec(lower);
  if (match) return match.index;
  // The parts after the colon are the stack; the subject before it is the company's.
  const colon = STACK_COLON_CLAUSE.exec(lower);
  return colon ? colon.index + colon[0].length : -1;
}
