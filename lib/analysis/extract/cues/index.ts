/**
 * Every cue family compiled once, in one place. The phrase lists live beside this file, one file
 * per concern (voice, unmarked units, context, headings, years, words); the modules that read a
 * posting import the compiled expressions from here.
 */
import { compileCue } from "./compile";
import * as voice from "./voice-cues";
import * as unmarked from "./unmarked-cues";
import * as context from "./context-cues";
import * as headings from "./headings-cues";
import * as years from "./years-cues";
import * as words from "./words-cues";

export const CUES = {
  preferred: compileCue(voice.preferred),
  requirement: compileCue(voice.requirement),
  strongRequirement: compileCue(voice.strongRequirement),
  demandWord: compileCue(voice.demandWord),
  leadingDemand: compileCue(voice.leadingDemand),
  demandLeadIn: compileCue(voice.demandLeadIn),
  hiringNeed: compileCue(voice.hiringNeed),
  stackOpener: compileCue(voice.stackOpener),
  stackClause: compileCue(voice.stackClause),
  stackColonClause: compileCue(voice.stackColonClause),
  descriptionOpener: compileCue(voice.descriptionOpener),
  companySubject: compileCue(voice.companySubject),
  addressesCandidate: compileCue(voice.addressesCandidate),
  closing: compileCue(voice.closing),
  reassurance: compileCue(voice.reassurance),
  benefitsTalk: compileCue(voice.benefitsTalk),
  needDisclaimer: compileCue(voice.needDisclaimer),
  stackOrHiring: compileCue(unmarked.stackOrHiring),
  namesItsTools: compileCue(unmarked.namesItsTools),
  ownStack: compileCue(unmarked.ownStack),
  leaving: compileCue(unmarked.leaving),
  companyDoing: compileCue(unmarked.companyDoing),
  customersSystems: compileCue(unmarked.customersSystems),
  mission: compileCue(unmarked.mission),
  workAhead: compileCue(unmarked.workAhead),
  eligibility: compileCue(context.eligibility),
  companyNamesTool: compileCue(context.companyNamesTool),
  negated: compileCue(context.negated),
  demand: compileCue(context.demand),
  contextDemand: compileCue(context.contextDemand),
  describesSomeone: compileCue(context.describesSomeone),
  stackClauseHint: compileCue(context.stackClauseHint),
  notExperienceBefore: compileCue(years.notExperienceBefore),
  notExperienceAfter: compileCue(years.notExperienceAfter),
  overallExperience: compileCue(years.overallExperience),
  genericExperience: compileCue(years.genericExperience),
  roleWord: compileCue(words.roleWord),
  notTitle: compileCue(words.notTitle),
  spokenContext: compileCue(words.spokenContext),
  nationality: compileCue(words.nationality),
} as const;

/** Heading families in the order they are tried: the first that matches labels the heading. */
export const HEADING_FAMILIES = [
  ["preferred", compileCue(headings.preferredHeading)],
  ["requirements", compileCue(headings.requirementsHeading)],
  ["responsibilities", compileCue(headings.responsibilitiesHeading)],
  ["stack", compileCue(headings.stackHeading)],
  ["benefits", compileCue(headings.benefitsHeading)],
  ["apply", compileCue(headings.applyHeading)],
  ["about", compileCue(headings.aboutHeading)],
] as const;
