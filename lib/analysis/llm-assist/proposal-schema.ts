/**
 * What the LLM is asked to answer, validated with zod before anything of it is used. Anything
 * that does not fit (a wrong kind, a missing quote) rejects the whole answer: a model that does
 * not follow the format is not trusted for the parts that happen to parse.
 */
import { z } from "zod";

/** Caps that keep a runaway answer from costing more than a posting's own analysis. */
export const PROPOSAL_LIMITS = { requirements: 150, skillsPerRequirement: 40, quoteChars: 2_000, nameChars: 100 } as const;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const LlmSkillSchema = z.object({
  /** The skill's usual name ("PostgreSQL"). */
  name: Text(PROPOSAL_LIMITS.nameChars),
  /** The words naming it, exactly as the posting writes them ("Postgres"). */
  evidence: Text(PROPOSAL_LIMITS.nameChars).nullish(),
});

export const LlmRequirementSchema = z.object({
  /** The requirement copied verbatim from the posting: it must occur in the text. */
  quote: Text(PROPOSAL_LIMITS.quoteChars),
  kind: z.enum(["must", "preferred"]),
  minYears: z.number().int().min(0).max(50).nullish(),
  skills: z.array(LlmSkillSchema).max(PROPOSAL_LIMITS.skillsPerRequirement),
});

/** Models asked for an object sometimes answer with the bare list: both shapes are accepted. */
export const LlmProposalSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { requirements: value } : value),
  z.object({ requirements: z.array(LlmRequirementSchema).max(PROPOSAL_LIMITS.requirements) }),
);

export type LlmSkill = z.infer<typeof LlmSkillSchema>;
export type LlmRequirement = z.infer<typeof LlmRequirementSchema>;
export type LlmProposal = z.infer<typeof LlmProposalSchema>;

/** The part of an OpenAI-compatible chat completion that carries the answer. */
export const ChatCompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});
