import { applyCorrections, normalizeRequirementText, type RequirementCorrection } from "@/lib/analysis/corrections";
import { buildComparison } from "@/lib/analysis/compare/build-comparison";
import { topGaps } from "@/lib/analysis/summary/top-gaps";
import { coverageByCategory } from "@/lib/analysis/charts/coverage-by-category";
import { extractRequirements } from "@/lib/analysis/extract";
import { scorePosting } from "@/lib/analysis/score";
import type { Profile, Requirement } from "@/lib/analysis/types";

const POSTING = `Requirements:
- 5+ years of experience with Python
- Experience with PostgreSQL and Docker
Nice to have:
- Familiarity with Kubernetes
`;

const profile: Profile = { skills: [{ skillId: "python", name: "Python", level: 8, years: 6 }], tracks: [] };

function correction(partial: Partial<RequirementCorrection> & Pick<RequirementCorrection, "action" | "text">): RequirementCorrection {
  return { id: partial.action + partial.text, targetKey: normalizeRequirementText(partial.text), targetSpan: [0, 1], kind: "must", minYears: null, skills: [], ...partial };
}

describe("applyCorrections", () => {
  const extracted = extractRequirements(POSTING).requirements;
  const docker = extracted.find((item) => item.text.includes("PostgreSQL"))!;

  it("edits a requirement by its text, whatever its row", () => {
    const result = applyCorrections([...extracted].reverse().sort((a, b) => a.span[0] - b.span[0]), [
      correction({ action: "edit", text: `${docker.text.toUpperCase()}  `, kind: "preferred", minYears: 2, skills: [{ id: "docker", name: "Docker" }] }),
    ]);
    const edited = result.requirements[result.origins.indexOf("edited")];
    expect(edited.text).toBe(docker.text);
    expect(edited.kind).toBe("preferred");
    expect(edited.minYears).toBe(2);
    expect(edited.skills.map((skill) => skill.id)).toEqual(["docker"]);
    expect(result.orphaned).toEqual([]);
  });

  it("drops, adds in posting order, and keeps a correction whose requirement is gone as an orphan", () => {
    const gone = correction({ action: "edit", text: "Experience with COBOL", targetSpan: [500, 520] });
    const added: RequirementCorrection = correction({ action: "add", text: "Requirements", targetSpan: [0, 12], skills: [{ id: "python", name: "Python" }] });
    const result = applyCorrections(extracted, [correction({ action: "drop", text: docker.text }), gone, added]);
    expect(result.requirements.some((item) => item.text === docker.text)).toBe(false);
    expect(result.dropped.map((item) => item.text)).toEqual([docker.text]);
    expect(result.orphaned).toEqual([gone]);
    expect(result.requirements[0].text).toBe("Requirements");
    expect(result.origins[0]).toBe("added");
  });

  it("applies a taught alias to requirements that contain the phrase", () => {
    const requirements: Requirement[] = [{ text: "Strong q-sql skills", section: null, kind: "must", minYears: null, span: [0, 19], skills: [] }];
    const result = applyCorrections(requirements, [], [{ phrase: "q-sql", skill: { id: "q", name: "q" } }]);
    expect(result.requirements[0].skills).toEqual([{ id: "q", name: "q" }]);
    expect(result.origins[0]).toBe("alias");
    expect(applyCorrections(requirements, [], [{ phrase: "sql", skill: { id: "sql", name: "SQL" } }]).requirements[0].skills).toEqual([{ id: "sql", name: "SQL" }]);
    expect(applyCorrections(requirements, [], [{ phrase: "q-s", skill: { id: "sql", name: "SQL" } }]).requirements[0].skills).toEqual([]);
  });

  it("changes the score when a correction removes a skill the person lacks", () => {
    const analysis = extractRequirements(POSTING);
    const before = scorePosting(analysis, profile, { today: "2026-12-01" }).fit;
    const result = applyCorrections(analysis.requirements, [correction({ action: "edit", text: docker.text, kind: "must", skills: [] })]);
    const after = scorePosting({ ...analysis, requirements: result.requirements }, profile, { today: "2026-12-01" }).fit;
    expect(after).toBeGreaterThan(before);
  });
});

describe("comparison, gaps and categories", () => {
  const first = extractRequirements(POSTING);
  const second = extractRequirements("Requirements:\n- Experience with Python and Go\n- Experience with Terraform\n");
  const postings = [first, second].map((analysis, index) => ({ id: `p${index}`, title: `P${index}`, company: null, analysis, report: scorePosting(analysis, profile, { today: "2026-12-01" }) }));

  it("puts shared skills first and shows where the person stands", () => {
    const rows = buildComparison(postings);
    expect(rows[0].name).toBe("Python");
    expect(rows[0].askedBy).toBe(2);
    expect(rows[0].cells.every((cell) => cell !== null && cell.coverage > 0)).toBe(true);
    expect(rows.slice(1).every((row) => row.askedBy === 1)).toBe(true);
    expect(rows.find((row) => row.name === "Kubernetes")?.cells[1]).toBeNull();
  });

  it("ranks gaps by the fit they cost and groups coverage by category", () => {
    const gaps = topGaps(postings[0].report, 3);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThanOrEqual(3);
    expect(gaps[0].kind).toBe("must");
    const categories = coverageByCategory(postings[0].report);
    expect(categories.find((row) => row.category === "language")?.now).toBe(100);
  });
});
