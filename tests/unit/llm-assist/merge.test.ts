/**
 * Grounding and merging LLM suggestions: nothing the posting does not name is kept, what it names
 * is kept and marked, and the deterministic extraction wins every conflict.
 */
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { applyLlmProposal, countSuggestions, storedSuggestions, type LlmProposal } from "@/lib/analysis/llm-assist";
import type { Requirement } from "@/lib/analysis/types";
import { LLM_ASSIST_POSTING } from "@/tests/support/llm-assist-posting";


const { text, analysis: extracted } = analyzePosting(LLM_ASSIST_POSTING);

const requirement = (quote: string, skills: { name: string; evidence?: string }[], kind: "must" | "preferred" = "must", minYears: number | null = null) => ({ quote, kind, minYears, skills });

function assist(...requirements: LlmProposal["requirements"]) {
  return applyLlmProposal(text, extracted, { requirements });
}

const skillIds = (requirements: Requirement[]) => requirements.flatMap((item) => item.skills.map((skill) => skill.id));
const byText = (requirements: Requirement[], fragment: string) => requirements.find((item) => item.text.includes(fragment));

describe("grounding", () => {
  it("drops a skill the posting never names, even one the taxonomy knows", () => {
    const result = assist(requirement("5+ years of Python and SQL", [{ name: "Haskell" }, { name: "Rust" }]));
    expect(skillIds(result.analysis.requirements)).not.toContain("haskell");
    expect(skillIds(result.analysis.requirements)).not.toContain("rust");
    expect(result.dropped.skills).toBe(2);
    expect(result.analysis).toEqual(extracted);
  });

  it("drops a requirement whose quote is not in the posting, skills and all", () => {
    const result = assist(requirement("Deep experience with Terraform and AWS", [{ name: "Terraform" }, { name: "AWS" }]));
    expect(result.dropped).toEqual({ quotes: 1, skills: 2 });
    expect(result.analysis.requirements).toHaveLength(extracted.requirements.length);
  });

  it("drops a skill named elsewhere in the posting but not inside its quote", () => {
    const result = assist(requirement("Experience with Postgres at scale", [{ name: "Kubernetes" }]));
    expect(result.dropped.skills).toBe(1);
    expect(byText(result.analysis.requirements, "Postgres")!.skills.map((skill) => skill.id)).toEqual(["postgresql"]);
  });

  it("keeps a skill grounded in the text by its own words, though the taxonomy lacks it", () => {
    const result = assist(requirement("You have shipped Flurbo services to production", [{ name: "Flurbo", evidence: "Flurbo" }]));
    const flurbo = byText(result.analysis.requirements, "Flurbo")!;
    expect(flurbo.skills).toEqual([{ id: "new:flurbo", name: "Flurbo", source: "llm" }]);
    expect(flurbo.source).toBeUndefined(); // the extractor's requirement, with an LLM skill on it
  });

  it("keeps a taxonomy skill the posting names by another of its forms", () => {
    const result = assist(requirement("Build pipelines with Dagster and own our data platform", [{ name: "Dagster orchestration", evidence: "Dagster" }]));
    const dagster = byText(result.analysis.requirements, "Dagster")!;
    expect(dagster.skills).toEqual([{ id: "dagster", name: "Dagster", source: "llm" }]);
  });

  it("finds a quote whatever its case, spacing, bullet marker and trailing full stop", () => {
    const result = assist(requirement("-   BUILD pipelines with   dagster and own our data platform", [{ name: "Dagster" }], "preferred"));
    const dagster = byText(result.analysis.requirements, "Dagster")!;
    expect(text.slice(dagster.span[0], dagster.span[1])).toBe(dagster.text);
    expect(dagster.text).toBe("Build pipelines with Dagster and own our data platform");
  });

  it("keeps the model's years only when the quote states them", () => {
    const stated = assist(requirement("Build pipelines with Dagster and own our data platform", [{ name: "Dagster" }], "must", 3));
    expect(byText(stated.analysis.requirements, "Dagster")!.minYears).toBeNull();
  });

  it("honours case for forms that are also words: 'go' in prose is not Go", () => {
    const { text: prose, analysis } = analyzePosting("Requirements:\n- Willing to go the extra mile for customers\n");
    const result = applyLlmProposal(prose, analysis, { requirements: [requirement("Willing to go the extra mile for customers", [{ name: "Go", evidence: "go" }])] });
    expect(skillIds(result.analysis.requirements)).not.toContain("go");
    const { text: real, analysis: realAnalysis } = analyzePosting("Requirements:\n- Shipping services in Go and Haskell\n");
    const named = applyLlmProposal(real, realAnalysis, { requirements: [requirement("Shipping services in Go and Haskell", [{ name: "golang", evidence: "go" }])] });
    expect(skillIds(named.analysis.requirements)).toContain("go");
  });
});

describe("merging with the deterministic extraction", () => {
  it("adds an LLM-only requirement, marked, where the extractor found none", () => {
    const result = assist(requirement("Build pipelines with Dagster and own our data platform.", [{ name: "Dagster" }]));
    const added = byText(result.analysis.requirements, "Dagster")!;
    expect(added.source).toBe("llm");
    expect(added.kind).toBe("must");
    expect(result.added).toEqual({ requirements: 1, skills: 1 });
    expect(result.analysis.skills.find((skill) => skill.id === "dagster")).toMatchObject({ kind: "must" });
    // Posting order is kept: the suggestion comes last, as it does in the text.
    expect(result.analysis.requirements.at(-1)).toBe(added);
  });

  it("merges a skill the extractor already found: no duplicate, and its kind and years stay the extractor's", () => {
    const result = assist(requirement("5+ years of Python and SQL", [{ name: "Python" }, { name: "SQL" }], "preferred", 9));
    expect(result.analysis).toEqual(extracted);
    expect(result.added).toEqual({ requirements: 0, skills: 0 });
  });

  it("does not re-add, through a second requirement, a skill the extractor found elsewhere", () => {
    const result = assist(requirement("Build pipelines with Dagster and own our data platform", [{ name: "Python", evidence: "Python" }]));
    expect(result.analysis).toEqual(extracted);
  });

  it("merges duplicate suggestions into one requirement with one copy of each skill", () => {
    const quote = "Build pipelines with Dagster and own our data platform";
    const result = assist(requirement(quote, [{ name: "Dagster" }, { name: "dagster", evidence: "Dagster" }]), requirement(quote, [{ name: "Dagster" }], "preferred"));
    const suggestions = result.analysis.requirements.filter((item) => item.source === "llm");
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].skills).toEqual([{ id: "dagster", name: "Dagster", source: "llm" }]);
    expect(suggestions[0].kind).toBe("must"); // must when any duplicate says must
  });

  it("never changes or removes what the extractor found", () => {
    const result = assist(
      requirement("Experience with Postgres at scale", [{ name: "PostgreSQL" }], "preferred", 10),
      requirement("Familiarity with Kubernetes", [{ name: "k8s", evidence: "Kubernetes" }], "must"),
    );
    expect(result.analysis.requirements.filter((item) => item.source !== "llm").map(({ text: t, kind, minYears, span }) => ({ t, kind, minYears, span }))).toEqual(
      extracted.requirements.map(({ text: t, kind, minYears, span }) => ({ t, kind, minYears, span })),
    );
    expect(result.analysis).toEqual(extracted);
  });

  it("splits a quote that runs over an extracted requirement: the LLM's part is only the uncovered words", () => {
    const { text: joined, analysis } = analyzePosting("Requirements:\n- 5+ years of Python\n");
    const wider = `${joined}\nYou will also own our Dagster deployment`;
    const extractedOnWider = { ...analysis };
    const result = applyLlmProposal(wider, extractedOnWider, {
      requirements: [requirement("5+ years of Python\nYou will also own our Dagster deployment", [{ name: "Python" }, { name: "Dagster" }])],
    });
    const added = result.analysis.requirements.find((item) => item.source === "llm")!;
    expect(added.text).toBe("You will also own our Dagster deployment");
    expect(wider.slice(added.span[0], added.span[1])).toBe(added.text);
  });

  it("returns the extraction unchanged for an empty proposal", () => {
    expect(assist().analysis).toEqual(extracted);
  });
});

describe("stored suggestions", () => {
  it("re-merge onto a fresh extraction to the same result, without the model", () => {
    const first = assist(
      requirement("You have shipped Flurbo services to production", [{ name: "Flurbo" }]),
      requirement("Build pipelines with Dagster and own our data platform", [{ name: "Dagster" }]),
    ).analysis;
    expect(countSuggestions(first.requirements)).toBe(2);
    const again = applyLlmProposal(text, extracted, storedSuggestions(first.requirements));
    expect(again.analysis).toEqual(first);
    expect(again.dropped).toEqual({ quotes: 0, skills: 0 });
  });
});
