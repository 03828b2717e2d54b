/** The model's answer: a chat completion whose message holds the proposal as JSON, checked by zod. */
import { buildChatRequest, readProposal } from "@/lib/analysis/llm-assist";

const completion = (content: string | null) => ({ id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content } }] });
const PROPOSAL = { requirements: [{ quote: "5+ years of Python", kind: "must", minYears: 5, skills: [{ name: "Python", evidence: "Python" }] }] };

describe("readProposal", () => {
  it("reads a proposal from the message content", () => {
    expect(readProposal(completion(JSON.stringify(PROPOSAL)))).toEqual({ ok: true, proposal: PROPOSAL });
  });

  it("takes the JSON out of a fenced block or a sentence around it", () => {
    expect(readProposal(completion("```json\n" + JSON.stringify(PROPOSAL) + "\n```"))).toMatchObject({ ok: true });
    expect(readProposal(completion("Here you go: " + JSON.stringify(PROPOSAL) + " Hope it helps."))).toMatchObject({ ok: true });
  });

  it("accepts the bare list of requirements, and a missing evidence or years", () => {
    const bare = [{ quote: "Kafka", kind: "preferred", skills: [{ name: "Kafka" }] }];
    expect(readProposal(completion(JSON.stringify(bare)))).toEqual({ ok: true, proposal: { requirements: bare } });
  });

  it.each([
    ["an empty message", completion(""), "empty"],
    ["a null message", completion(null), "empty"],
    ["prose", completion("I could not find any requirements."), "not valid JSON"],
    ["truncated JSON", completion('{"requirements":[{"quote":"Py'), "not valid JSON"],
    ["a wrong kind", completion(JSON.stringify({ requirements: [{ ...PROPOSAL.requirements[0], kind: "required" }] })), "requirements.0.kind"],
    ["a missing quote", completion(JSON.stringify({ requirements: [{ kind: "must", skills: [] }] })), "requirements.0.quote"],
    ["years as text", completion(JSON.stringify({ requirements: [{ ...PROPOSAL.requirements[0], minYears: "five" }] })), "requirements.0.minYears"],
    ["no choices", { choices: [] }, "not a chat completion"],
    ["an error body", { error: { message: "model not found" } }, "not a chat completion"],
    ["not an object", "<html>Bad gateway</html>", "not a chat completion"],
  ])("refuses %s, with a reason for the log", (_name, body, reason) => {
    const result = readProposal(body);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });

  it("refuses a runaway answer over the caps", () => {
    const many = { requirements: Array.from({ length: 151 }, () => PROPOSAL.requirements[0]) };
    expect(readProposal(completion(JSON.stringify(many)))).toMatchObject({ ok: false });
  });
});

describe("buildChatRequest", () => {
  it("asks the configured model for JSON, deterministically, with the posting in the user message", () => {
    const request = buildChatRequest("Requirements:\n- Python", "qwen2.5:7b-instruct");
    expect(request).toMatchObject({ model: "qwen2.5:7b-instruct", temperature: 0, stream: false, response_format: { type: "json_object" } });
    expect(request.messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(request.messages[1].content).toContain("Requirements:\n- Python");
    expect(request.messages[0].content).toMatch(/verbatim|character for character/);
  });
});
