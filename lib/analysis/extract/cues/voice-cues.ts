/**
 * The voice of a unit: does it ask something of the candidate (must or preferred), name the
 * stack, or describe the job and the company? Read by kind.ts.
 * Phrase lists compiled in one place (cues/index.ts); docs/extraction.md says how to add one.
 */
import type { CueFamily } from "./compile";

/** Words that make a requirement optional: "nice to have", "is a plus", "ideally". */
export const preferred: CueFamily = {
  at: "word",
  phrases: [
    /nice[- ]to[- ]haves?/,
    /(is|are|as|be|a) (big |huge |strong |real |definite )?(plus|bonus)/,
    // Not pay: "equity + bonus", "annual bonus", "bonus structure".
    /(?<![+&] ?|\b(?:and|equity|annual|signing|sign-on|performance|cash|yearly|quarterly|target|no) )bonus(?!es\b| structure| scheme| plan| program| pool| eligib| potential)/,
    /ideally/,
    /ideal(ly)? if/,
    /preferred/,
    /preferably/,
    /preferable/,
    /desirable/,
    /desired/,
    /would be (great|nice|a plus|an advantage|helpful|beneficial|ideal|awesome|valuable)/,
    // "Experience with Go, Rust or Kafka is valuable".
    /(?:is|are) (?:also |very |especially |particularly )?valuable/,
    /(is|are|an?) (big |huge )?advantage/,
    /advantageous/,
    /not (strictly )?required/,
    /(?<!\bnot )optional/,
    /good to have/,
    /great to have/,
    /extra credit/,
    /we'?d love/,
    /we would love/,
    /is helpful/,
    /are helpful/,
    /appreciated/,
    /pluses/,
    /brownie points/,
    /even better/,
    /(is|are|also|more than|very) welcome/,
    /welcomed?/,
    /(is|are) (also )?nice/,
    /nice to know/,
    /(also |really )?helps/,
    /would help/,
    /will help/,
  ],
};

/** Words that state what a candidate must have or be: "experience with", "proficient in", "you have". */
export const requirement: CueFamily = {
  at: "word",
  phrases: [
    /experience[ds]?/,
    /proficien(t|cy)/,
    /understanding/,
    /knowledge/,
    /knowledgeable/,
    /familiar(ity)?/,
    /expertise/,
    /expert/,
    /skills?/,
    /skilled/,
    /ability to/,
    /able to/,
    /background (in|with)/,
    /degree/,
    /training/,
    /certification/,
    /certified/,
    /fluen(t|cy)/,
    /comfortable/,
    /years?/,
    /must/,
    /required/,
    /requires?/,
    /requirements?/,
    /(?:is|are) expected/,
    /should (also )?(have|be|know|understand|possess)/,
    /need to (have|be|know)/,
    /essential/,
    /strong/,
    /solid/,
    /deep/,
    /hands[- ]on/,
    /track record/,
    /you (have|are|bring|know|possess|can|should)/,
    /you've (built|shipped|used|worked|led|designed|run|written|deployed|owned|scaled|operated|maintained)/,
    /you(?:'ll| will) need/,
    /you're/,
    /mastery/,
    /command of/,
    /competen(t|ce|cy)/,
    /capable/,
    /interest in/,
    /passion for/,
    /we need/,
    /we require/,
    /we expect/,
    /ideal candidate/,
    /qualifications?/,
    /(?:look|looking|searching|hiring) for (?:someone|people|engineers?|candidates?|developers?|an? [\w-]+(?: [\w-]+){0,3}|[^.;:!?]{0,80}?(?:engineers?|developers?|scientists?|designers?|people|folks|candidates?|someone|individuals?|hackers?|generalists?|specialists?|experts?|leads?|managers?|researchers?)) (?:with|who|that)/,
    /interested in (?:[\w-]+ ){0,3}(?:people|engineers?|developers?|candidates|folks|someone|anyone|applicants),? (?:with|who)/,
    /(?:we are|we're) seeking [^.;:!?]{0,80}? (?:with|who|that)/,
    // "we're looking primarily for backgrounds in C++": an adverb may stand before "for".
    /(?:looking (?:(?:primarily|mainly|mostly|especially|particularly|specifically) )?for|seeking|want|need) (?:strong |solid |deep |hands-on |real |proven )?(?:experience|expertise|knowledge|familiarity|proficiency|backgrounds?) (?:with|in|of)/,
    /(?:great|good|strong|perfect|ideal|especially good|strong) fit if/,
    /exposure to/,
    /working knowledge/,
    /grasp of/,
    /adept/,
    /versed/,
    /we (?:really |also )?care (?:a lot |deeply |most |a great deal |strongly )?about/,
  ],
};

/** A firm demand, strong enough to outweigh a softening word or the company's voice: "must", "we need", "5+ years". */
export const strongRequirement: CueFamily = {
  at: "word",
  phrases: [
    /we need/,
    /we require/,
    /we expect/,
    /must/,
    /required/,
    /(?:is|are) expected/,
    /you (?:do |really |absolutely )?need/,
    /(is|are) essential/,
    /(?:look|looking|searching|hiring) for (?:someone|people|engineers?|candidates?|developers?|an? [\w-]+(?: [\w-]+){0,3}|[^.;:!?]{0,80}?(?:engineers?|developers?|scientists?|designers?|people|folks|candidates?|someone|individuals?|hackers?|generalists?|specialists?|experts?|leads?|managers?|researchers?)) (?:with|who|that)/,
    /interested in (?:[\w-]+ ){0,3}(?:people|engineers?|developers?|candidates|folks|someone|anyone|applicants),? (?:with|who)/,
    /(?:we are|we're) seeking [^.;:!?]{0,80}? (?:with|who|that)/,
    // "we're looking primarily for backgrounds in C++": an adverb may stand before "for".
    /(?:looking (?:(?:primarily|mainly|mostly|especially|particularly|specifically) )?for|seeking|want|need) (?:strong |solid |deep |hands-on |real |proven )?(?:experience|expertise|knowledge|familiarity|proficiency|backgrounds?) (?:with|in|of)/,
    /(?:great|good|strong|perfect|ideal|especially good|strong) fit if/,
    /(?:we(?:'re| are) )?(?:looking (?:to hire|for)|hiring|seeking|searching for) (?:an? |our (?:next |first )?)?(?:experienced |senior |staff |strong |seasoned |talented |skilled )*[\w+#./-]+(?: [\w+#./-]+){0,3} (?:engineers?|developers?|scientists?|programmers?|architects?)\b/,
    /you (will|'ll) need/,
    /you should/,
    /ideal candidate/,
    /minimum/,
    /at least/,
    /\d+\+? years?/,
    /we (?:really |also )?care (?:a lot |deeply |most |a great deal |strongly )?about/,
    /(?:we'?d|we would) (?:also )?(?:love|like) (?:someone|somebody|candidates?|people|engineers?) (?:who|with|to)/,
    // "If you are a talented developer who likes to work on low latency systems, get in touch": who is sought.
    /if you(?:'re| are) an? (?:[\w-]+ ){0,3}(?:engineers?|developers?|programmers?|scientists?|designers?|hackers?) (?:who|that|with)/,
  ],
};

/** A stated demand inside a hiring sentence ("We need an engineer with 5+ years of Kotlin"). */
export const demandWord: CueFamily = {
  at: "word",
  phrases: [
    /experience[ds]?/,
    /\d+\+? years?/,
    /must/,
    /required/,
    /proficien\w*/,
    /knowledge/,
    /expertise/,
    /background/,
    /familiar\w*/,
    /fluen\w*/,
    /skills?/,
  ],
};

/** A unit that opens with what it asks for: "Experience with Kafka, which we use heavily". */
export const leadingDemand: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?:[\w'-]+ ){0,2}(?:experience[ds]?|proficien|knowledge|familiar|expertise|expert|skill|background|understanding|ability|able|comfort|fluen|hands-on|\d)/,
  ],
};

/**
 * A lead-in inside a description of the job that plainly asks of the candidate, so the bullets after
 * it are demands: "We're looking for someone with:", "You'll need:", "Ideally you have:".
 */
export const demandLeadIn: CueFamily = {
  at: "word",
  phrases: [
    /(?:we(?:'re| are)|i'm|i am) (?:\w+ )?(?:looking for|interested in|hoping to find|seeking)/,
    /we (?:need|expect|require|want)/,
    /you(?:'ll| will)? (?:need|have|bring)/,
    /(?:someone|somebody|candidates?|people|engineers?|developers?) (?:with|who)/,
    /(?:requirements|qualifications)/,
  ],
};

/** "we need another engineer who can take a feature from sketch to production": who is hired, not what they must know. */
export const hiringNeed: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\bwe need (?:a|an|another|one more|someone|somebody)\b(?: [\w-]+){0,3}? (?:to|who (?:can|will|could))\b/,
  ],
};

/** A stack statement: "Our stack is ...", "Tech: ...", "We use ...", "Built with ...". */
export const stackOpener: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?:our |the |current |main |core )?(?:(?:monitoring|observability|data|infra|infrastructure|frontend|backend|front-end|back-end|mobile|cloud|ml|build|dev|devops|analytics|testing|security) )?(?:tech(?:nology|nical)? stack|stack|tech|technologies|tools(?: we use)?|tooling|toolchain|tool chain)\b(?:\s*(?::|is|are|includes?|consists? of|we use|-|—))/,
    /^(?:we|our team)(?: mostly| mainly| currently| primarily| also| largely| heavily)?(?: |(?='re ))(?:use|are using|'re using|write (?:\w+ ){0,3}in|code (?:\w+ ){0,2}in|build (?:with|on|using|in)|work (?:with|in)|run (?:on|in)|run (?:[\w.+#-]+ ){1,3}(?:models|services|workloads|clusters|pipelines) (?:on|in|with|using|exported|trained|built|written|served)|are running on|rely on|deploy (?:on|to)|host (?:on|in)|(?:are|'re) (?:migrating|moving) to|(?:are|'re) (?:on|all[- ]in on|standardi[sz]ed on)(?! (?:a|an|the|our|your|its|this|that|track|board|call|hand|top|it|site|leave|pace)\b))\b/,
    /^(?:built|written|running) (?:with|on|in)\b/,
    /^we (?:automate|serve|host|deploy|provision|orchestrate|monitor|render|ship) (?:[\w'-]+ ){0,4}?(?:with|using)\b/,
    /^we(?:'ve| have) built (?:[\w-]+ ){0,3}(?:on|with|in|using)\b/,
    /^you(?:'ll| will)(?: be)? (?:work(?:ing)? with|us(?:e|ing)) (?=[a-z0-9.#+/-]+(?:,| and | or ))/,
    /^our (?:[\w-]+ ){1,3}(?:runs? on|is built (?:on|with|in|using)|are built (?:on|with|in|using)|is written in|are written in|is powered by|are powered by)\b/,
    /^(?:the )?(?:backend|frontend|front-end|back-end|platform|product|app|codebase)(?: is)? (?:built|written) (?:with|on|in|using)\b/,
  ],
};

/** "..., and the whole product is a single Elixir/Phoenix application backed by PostgreSQL": the stack named inside a sentence about the company. */
export const stackClause: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\b(?:the|our)(?: whole| entire| core| main)? (?:product|app|application|platform|codebase|code base|backend|back end|back-end|frontend|front end|front-end|stack|system|service|services) (?:is|are|runs|lives)\b[^.;:]{0,60}?\b(?:built (?:on|with|in|using)|written in|backed by|powered by|running on|runs on|on top of)\b/,
    // "- Building our core API. This is currently written with Express/Node.js": a work item, then its stack.
    /(?:^|(?<=[.!?] ))(?:this|it|that)(?: is|'s)(?: currently| mostly| all| largely| primarily)? (?:written|built|implemented|developed) (?:in|with|on|using)\b/,
  ],
};

/** "Our application is a TypeScript monorepo: Next.js and React on the front end, ...": the product named as one thing, then a colon and its parts. */
export const stackColonClause: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\b(?:the|our)(?: whole| entire| core| main)? (?:product|app|application|platform|codebase|code base|backend|back end|back-end|frontend|front end|front-end|stack|system|services) (?:is|are) (?:a|an|one|mostly a|mostly an|largely a)\b[^.;:]{0,50}?\b(?:monorepo|monolith|app|application|codebase|stack|system|platform|services|service)\s*:\s/,
  ],
};

/** Openers of sentences that describe the job or the company rather than ask something of the candidate. */
export const descriptionOpener: CueFamily = {
  at: "start",
  phrases: [
    /we(?:'re|'ve| are| have| will|'ll)?/,
    /our/,
    /us/,
    /at \w+/,
    /you(?:'ll| will)(?! need| have| bring| be (?:expected|required))/,
    /the (?:role|position|team|company|job|product|platform|engineer|successful|front-end|back-end|\w+ engineer)/,
    /this (?:role|position|job|is)/,
    // Not "You are proficient in modern C": the candidate, not the company.
    /(?!you\b)[a-z][\w.&’'-]* (?:is|are|was|builds|leverages|offers|provides|helps|makes)/,
    /join/,
    /work involves/,
    /(?:recent|current|past|upcoming|previous|some|example) (?:projects|launches|initiatives|work) (?:include|included|have included|has included)/,
    /responsibilities/,
    /you'd/,
    /in this role/,
    /as (?:a|an|our) /,
    /(?:benefits|perks|compensation|salary|pay) (?:include|includes|are|is|range|depends|will)/,
  ],
};

/** The company speaking of itself. */
export const companySubject: CueFamily = {
  at: "word",
  phrases: [
    /we/,
    /we're/,
    /we've/,
    /we'll/,
    /our/,
  ],
};

/** The posting speaking to or about the candidate. */
export const addressesCandidate: CueFamily = {
  at: "word",
  phrases: [
    /you/,
    /your/,
    /you're/,
    /you've/,
    /you'll/,
    /candidates?/,
    /someone/,
  ],
};

/** Sentences that close a posting: "If you're ..., we'd like to hear from you", "Apply now". */
export const closing: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?:please\s+)?(?:e-?mail|send|write to|contact|dm|ping|reach out|apply)\b/,
    /\b(with a link to|your (?:resume|cv|portfolio|github)|hear from you|reach out|get in touch|send (?:us |me )?(?:your|an?|links?|over)\b|(to|please|how to|interested in|when you) apply(ing)?|apply (now|here|today|at|via|through|by|online|on|if|with)|submit (your|an|a) (application|resume|cv)|application (form|process|link)|fill out|e-?mail us|drop us|dm me)\b/,
  ],
};

/** "If you're a little rusty on the math, that's fine; we'll go through it together." */
export const reassurance: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?:and |but )?(?:if you(?:'re| are| have(?:n't| not)| don't| do not| haven't)|don't worry if|no need to)\b[^.;]*?(?:that's (?:fine|ok|okay|alright|totally fine)|(?:is|are) (?:fine|ok|okay)|no problem|don't worry|we(?:'ll| will) (?:teach|train|help|go through|get you|show))/,
  ],
};

/** Pay and benefits: "benefits including: health insurance, 401k matching, unlimited PTO". */
export const benefitsTalk: CueFamily = {
  at: "word", wholeWords: false,
  phrases: [
    /benefits (?:include|includes|including|package|such as|like)\b/,
    /(?:health|medical|dental|vision|life) insurance\b/,
    /401\(?k\)?/,
    /unlimited (?:pto|vacation|paid time off|holidays?)\b/,
    /(?:parental|maternity|paternity) leave\b/,
    /paid time off\b/,
    /(?:learning|education|wellness|home office|equipment) (?:stipend|budget|allowance)\b/,
  ],
};

/** "Our iOS app is written in Swift ..., but you won't need any of that here": a stack disclaimed for this role. */
export const needDisclaimer: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\b(?:you )?(?:won't|will not|don't|do not|wouldn't|would not) (?:need|have to know|be using|use) (?:any of (?:that|this|these|them|it)|(?:that|this|these|those|them|it)\b)/,
    /\bnone of (?:that|this|these|it) is (?:required|needed|necessary)/,
    /\bbut this (?:role|position|job) is (?:all|entirely|purely|only|fully|100%) (?!about\b)[\w-]+/,
  ],
};
