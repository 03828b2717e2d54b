import { toThirdPerson } from "@/lib/analysis/share/third-person";

describe("toThirdPerson", () => {
  it("speaks about the candidate and drops study sentences", () => {
    const text =
      "Must: asks for experience (level 6) in Python. Python: you claim 8, 6 yrs -> 100%; SQL: your PostgreSQL (6) is a kind of it, partial credit up to 70% -> 50%. Not claimable yet: studying q in Kx Academy (2/10 lectures): 10% now, 60% when complete. Dealbreaker: asks for 5+ years, you have 1.";
    const result = toThirdPerson(text);
    expect(result).toContain("the candidate claims 8");
    expect(result).toContain("the candidate's PostgreSQL");
    expect(result).toContain("the candidate has 1");
    expect(result).not.toMatch(/\byou(r)?\b/i);
    expect(result).not.toContain("Kx Academy");
  });
});
