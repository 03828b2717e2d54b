/**
 * The chat request that asks a model for a posting's requirements. The instructions ask for
 * verbatim quotes and the words as written because that is what grounding checks afterwards:
 * a model that paraphrases loses its suggestions, it cannot slip in new ones.
 */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  stream: false;
  response_format: { type: "json_object" };
}

const INSTRUCTIONS = `You read job postings and list what they ask of the candidate.
Answer with one JSON object and nothing else, of this shape:
{"requirements":[{"quote":string,"kind":"must"|"preferred","minYears":number|null,"skills":[{"name":string,"evidence":string}]}]}
Rules:
- quote: one requirement (a bullet or a sentence) copied character for character from the posting. Never paraphrase, shorten with "...", or merge two places.
- Only what is asked of the candidate: skip what the company does, benefits, salary and how to apply.
- kind: "must" when required, "preferred" when nice to have, a plus or a bonus.
- minYears: the years of experience the quote itself states, else null.
- skills: the concrete skills the quote names (languages, frameworks, databases, tools, cloud services, methods, domains, spoken languages). name: the skill's usual name. evidence: the words naming it, exactly as they appear in the quote.
- Never add a skill the quote does not name. If the posting asks nothing, answer {"requirements":[]}.`;

export function buildChatRequest(text: string, model: string): ChatRequest {
  return {
    model,
    messages: [
      { role: "system", content: INSTRUCTIONS },
      { role: "user", content: `The job posting, between the lines of dashes:\n-----\n${text}\n-----` },
    ],
    // The same posting should give the same suggestions as far as the server allows.
    temperature: 0,
    stream: false,
    response_format: { type: "json_object" },
  };
}
