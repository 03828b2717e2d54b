/**
 * Units nothing marks as requirements: the evidence that they ask nothing (the company's own
 * tools, customers, mission, tools being retired). Read by unmarked-units.ts.
 * Phrase lists compiled in one place (cues/index.ts); docs/extraction.md says how to add one.
 */
import type { CueFamily } from "./compile";

/** Words that make a list in the company's voice its tools or its openings. */
export const stackOrHiring: CueFamily = {
  at: "word",
  phrases: [
    /(?<!full[- ])stack/,
    /tech/,
    /tooling/,
    /tools/,
    /we (?:\w+ )?(?:use|love|like|work (?:with|in)|write|code|build (?:with|on|in)|run on|rely on)/,
    /using/,
    /built (?:with|on|in)/,
    /written in/,
    /powered by/,
    /looking for/,
    /hiring/,
    /to hire/,
    /seeking/,
  ],
};

/** The company naming its own tools or practices. */
export const ownStack: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?:(?:currently|today|right now|internally),? )?(?:our (?:[\w-]+ ){0,3}(?:frontends?|front-ends?|front end|backends?|back-ends?|back end|stack|apps?|applications?|products?|infrastructure|infra|platform|services|codebase|code|database|pipelines?|tooling|ci|models?|systems?|engines?|runtimes?|compilers?|sdks?|servers?|clients?) (?:is|are|uses?|runs?|lives?|has|have|(?:is|are) (?:built|written|powered))\b|we(?:'re| are)? (?:\w+ ){0,2}(?:integrate with|build on|building (?:on|with)|are built on|deploy (?:on|to)|host on|ship with|do|practice|follow) )/,
    // "Backend is in Elixir (Phoenix/Absinthe/postgres), frontend is React": the parts of the system, no "our".
    /^(?:the )?(?:(?:tech|technical|engineering) )?(?:frontends?|front-ends?|front end|backends?|back-ends?|back end|stack|infra|infrastructure|codebase|server side|client side) (?:is|are) /,
    // "We are building an integrated MLOps platform based on Kubernetes, Kubeflow, MLflow".
    /^we(?:'re| are)? (?:\w+ )?building (?:an? |our )?(?:[\w-]+ ){0,3}(?:platform|product|app|application|system|service|engine|tool)s? (?:based on|built (?:on|with)|on top of|using)\b/,
  ],
};

/** Tools the company does not use, or wants gone: "we don't run on Shopify", "a Jenkins box we'd love you to retire". */
export const leaving: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\b(?:don't|do not|doesn't|does not|never|no longer|not) (?:use|run|work with|rely|build)/,
    /\b(?:retire|replace|sunset|deprecate|migrate (?:away )?from|moving (?:away )?from|legacy)\b/,
  ],
};

/** A sentence about someone else or the company's doing ("Sourcegraph is a code AI platform that ..."). */
export const companyDoing: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /^(?!you\b)[\w.&'-]+(?: [\w.&'-]+){0,3} (?:is|are|was|were|has|have|builds|creates|makes|offers|provides|helps|lets|enables|powers|develops|serves|automates|connects|includes|turns|brings|works|sells|runs)\b/,
    /^(?:it|this|they|these|under the hood|today|founded|backed)\b/,
  ],
};

/** What the company's product serves or connects to: its customers' systems, not its own stack. */
export const customersSystems: CueFamily = {
  at: "anywhere", wholeWords: false,
  phrases: [
    /\b(?:customers?|clients?|users?|partners?) (?:use|run|rely|deploy|include)/,
    /\bour (?:customers|clients|users)\b/,
    /\b(?:connects?|connecting|integrates?|integrating) (?:to|with)/,
    /\bsupports?\b/,
    /\bcompatible with\b/,
    // Not "backed by a modern data stack (Postgres, ClickHouse)": that names the stack.
    /\b(?:trusted|used|backed|funded|loved) by\b(?! (?:a |an |our )?(?:[\w-]+ ){0,2}(?:stack|database|databases|db|storage|infrastructure)\b)/,
    /\binvestors?\b/,
  ],
};

/** The company's mission or its past work, not the tools in use. */
export const mission: CueFamily = {
  at: "word",
  phrases: [
    /mission/,
    /vision/,
    /projects? (?:include|included)/,
    /recent(?:ly)? (?:projects|launches|work)/,
    /to make [\w-]+ [\w-]+ (?:boring|easy|simple|better)/,
  ],
};

/** The work ahead ("You'll design ...", "your first month"), not what the candidate must bring. */
export const workAhead: CueFamily = {
  at: "word",
  phrases: [
    /take (?:a|the|an) [\w-]+ from/,
    /we need another/,
    /you(?:'ll| will| would)/,
    /your (?:first|day)/,
  ],
};

/** The company saying it uses or builds with what it names ("building a trading platform on Kubernetes", "runs on AWS"), not merely naming products. */
export const namesItsTools: CueFamily = {
  at: "word",
  phrases: [
    /(?:build|builds|building|built) (?:[\w'-]+ ){0,5}?(?:on|with|in|using|atop)/,
    /(?:run|runs|running|deployed|hosted|served|written|powered|backed|based) (?:on|in|by|with|atop)/,
    /(?:uses?|using|leverag(?:e|es|ing)|relies on|rely on)/,
    /(?:stack|tech|tooling|tools|infrastructure|infra|codebase|monorepo|monolith)/,
  ],
};
