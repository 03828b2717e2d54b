/** The report marks what the LLM assist contributed: a whole requirement, and a skill on an extracted one. */
// The editor is the owner's correction form (it pulls in server actions); these lists are read-only.
jest.mock("@/components/corrections/requirement-editor", () => ({ RequirementEditor: () => null }));

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { applyLlmProposal } from "@/lib/analysis/llm-assist";
import { scorePosting } from "@/lib/analysis/score";
import { RequirementList } from "@/components/report/requirement-list";

const { text, analysis } = analyzePosting("Requirements:\n- 5+ years of Python\n- You have shipped Flurbo services\n\nWhat you'll do:\n- Build pipelines with Dagster\n");
const assisted = applyLlmProposal(text, analysis, {
  requirements: [
    { quote: "You have shipped Flurbo services", kind: "must", skills: [{ name: "Flurbo" }] },
    { quote: "Build pipelines with Dagster", kind: "must", skills: [{ name: "Dagster" }] },
  ],
}).analysis;
const report = scorePosting(assisted, { skills: [], tracks: [] }, { today: "2026-12-03" });

function itemsOf(html: string): string[] {
  return html.split("<li class=\"py-3\"").slice(1);
}

it("badges the LLM's requirement and marks its skill on an extracted one; extracted rows carry no mark", () => {
  const html = renderToStaticMarkup(createElement(RequirementList, { title: "Must-haves", items: report.requirements, counts: report.counts.must, requirements: assisted.requirements }));
  const items = itemsOf(html);
  const python = items.find((item) => item.includes("5+ years of Python"))!;
  const flurbo = items.find((item) => item.includes("Flurbo services"))!;
  const dagster = items.find((item) => item.includes("Build pipelines with Dagster"))!;
  expect(python).not.toContain("LLM");
  expect(flurbo).not.toContain(">suggested by LLM<"); // the requirement is the extractor's...
  expect(flurbo).toContain("(suggested by LLM)"); // ...its Flurbo skill is the model's
  expect(dagster).toContain(">suggested by LLM<");
});

it("shows no mark when the requirements are not passed (nothing to tell)", () => {
  const html = renderToStaticMarkup(createElement(RequirementList, { title: "Must-haves", items: report.requirements, counts: report.counts.must }));
  expect(html).not.toContain("LLM");
});
