import {
  SKILLS,
  ancestorDistance,
  ancestorsOf,
  findSkillByName,
  getSkill,
  normalizeSkillName,
  type SkillCategory,
} from "@/lib/analysis/taxonomy";

const CATEGORIES: readonly SkillCategory[] = [
  "language",
  "framework",
  "database",
  "cloud",
  "infrastructure",
  "data",
  "ml",
  "llm",
  "finance",
  "practice",
  "security",
  "domain",
  "tool",
  "soft",
  "spoken-language",
  "concept",
];

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function surfaceForms(skill: (typeof SKILLS)[number]): string[] {
  return [skill.name, ...skill.aliases];
}

describe("taxonomy integrity", () => {
  it("holds at least 1,000 skills", () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(1000);
  });

  it("gives every skill a unique kebab-case id", () => {
    const seen = new Map<string, number>();
    for (const skill of SKILLS) seen.set(skill.id, (seen.get(skill.id) ?? 0) + 1);
    const duplicates = [...seen].filter(([, count]) => count > 1).map(([id]) => id);
    const badIds = SKILLS.map((skill) => skill.id).filter((id) => !KEBAB_CASE.test(id));
    expect(duplicates).toEqual([]);
    expect(badIds).toEqual([]);
  });

  it("gives every skill a name and a valid category", () => {
    const bad = SKILLS.filter(
      (skill) => skill.name.trim() === "" || !CATEGORIES.includes(skill.category),
    ).map((skill) => `${skill.id} (${skill.category})`);
    expect(bad).toEqual([]);
  });

  it("points every parent at an existing skill, never at itself", () => {
    const ids = new Set(SKILLS.map((skill) => skill.id));
    const dangling: string[] = [];
    for (const skill of SKILLS) {
      for (const parent of skill.parents) {
        if (!ids.has(parent) || parent === skill.id) dangling.push(`${skill.id} -> ${parent}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it("has no cycles in the parent graph", () => {
    const byId = new Map(SKILLS.map((skill) => [skill.id, skill]));
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === "done") return;
      if (state.get(id) === "visiting") {
        cycles.push([...path.slice(path.indexOf(id)), id].join(" -> "));
        return;
      }
      state.set(id, "visiting");
      for (const parent of byId.get(id)?.parents ?? []) visit(parent, [...path, id]);
      state.set(id, "done");
    };
    for (const skill of SKILLS) visit(skill.id, []);
    expect(cycles).toEqual([]);
  });

  it("never shares a normalized surface form between two skills", () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const skill of SKILLS) {
      const keys = new Set(surfaceForms(skill).map(normalizeSkillName));
      for (const key of keys) {
        const previous = owner.get(key);
        if (previous !== undefined) collisions.push(`"${key}": ${previous} / ${skill.id}`);
        else owner.set(key, skill.id);
      }
    }
    expect(collisions).toEqual([]);
  });

  it("has no empty surface forms", () => {
    const empty = SKILLS.filter((skill) => surfaceForms(skill).some((form) => normalizeSkillName(form) === ""));
    expect(empty.map((skill) => skill.id)).toEqual([]);
  });

  it("only guards forms that the skill actually has, with lowercase context words", () => {
    const bad: string[] = [];
    for (const skill of SKILLS) {
      const rule = skill.ambiguity;
      if (!rule) continue;
      const forms = surfaceForms(skill);
      if (rule.forms.length === 0) bad.push(`${skill.id}: empty forms`);
      for (const form of rule.forms) {
        if (!forms.includes(form)) bad.push(`${skill.id}: "${form}" is not a name or alias`);
      }
      for (const word of rule.needsContext ?? []) {
        if (word !== word.toLowerCase() || word.trim() === "") bad.push(`${skill.id}: context "${word}"`);
      }
      if (!rule.caseSensitive && !rule.needsContext?.length && !rule.listedOnly) bad.push(`${skill.id}: rule with no effect`);
    }
    expect(bad).toEqual([]);
  });
});

describe("taxonomy lookups in the shared areas", () => {
  it("finds kdb+ and q in the forms postings use", () => {
    for (const form of ["kdb+", "KDB", "kdb+/q", "KDB technology"]) {
      expect(findSkillByName(form)?.id).toBe("kdb-plus");
    }
    for (const form of ["Q language", "q/kdb+"]) expect(findSkillByName(form)?.id).toBe("q");
    expect(findSkillByName("KDB+tick")?.id).toBe("kdb-plus-tick");
    expect(getSkill("q")?.ambiguity?.needsContext).toEqual(expect.arrayContaining(["kdb"]));
  });

  it("places kdb+tick under kdb+, and kdb+ under time-series databases", () => {
    expect(ancestorDistance("kdb-plus-tick", "kdb-plus")).toBe(1);
    expect(getSkill("kdb-plus")?.parents).toContain("time-series-databases");
  });

  it("places PyTorch under deep learning under machine learning", () => {
    expect(ancestorDistance("pytorch", "deep-learning")).toBe(1);
    expect(ancestorDistance("deep-learning", "machine-learning")).toBe(1);
    expect(ancestorsOf("pytorch-lightning")).toEqual(expect.arrayContaining(["pytorch", "deep-learning", "machine-learning"]));
  });

  it("maps MCP, RAG and GenAI to the LLM skills", () => {
    expect(findSkillByName("MCP")?.id).toBe("model-context-protocol");
    expect(findSkillByName("RAG")?.id).toBe("retrieval-augmented-generation");
    expect(findSkillByName("GenAI")?.id).toBe("generative-ai");
    expect(findSkillByName("LLMs")?.id).toBe("large-language-models");
    expect(ancestorsOf("retrieval-augmented-generation")).toContain("large-language-models");
    expect(ancestorsOf("mlflow")).toEqual(expect.arrayContaining(["mlops", "machine-learning"]));
  });

  it("maps the seed posting's process phrases to practices", () => {
    expect(findSkillByName("requirements capture")?.id).toBe("requirements-gathering");
    expect(findSkillByName("time and effort estimation")?.id).toBe("estimation");
    expect(findSkillByName("SDLC")?.id).toBe("software-development-life-cycle");
    expect(findSkillByName("UAT")?.id).toBe("user-acceptance-testing");
    expect(findSkillByName("CI/CD")?.id).toBe("ci-cd");
    expect(findSkillByName("highly regulated environments")?.id).toBe("regulated-industries");
    expect(findSkillByName("pixel-perfect conversion of design files")?.id).toBe("design-to-code-implementation");
    expect(ancestorDistance("continuous-delivery", "ci-cd")).toBe(1);
    expect(ancestorDistance("unit-testing", "software-testing")).toBe(1);
  });

  it("ignores case and punctuation when finding a skill", () => {
    expect(findSkillByName("full stack")?.id).toBe("full-stack-development");
    expect(findSkillByName("Full-Stack")?.id).toBe("full-stack-development");
    expect(findSkillByName("data visualisation")?.id).toBe("data-visualization");
  });

  it("guards words that are also ordinary English", () => {
    expect(getSkill("apache-spark")?.ambiguity).toMatchObject({ forms: ["Spark"], caseSensitive: true });
    expect(getSkill("ray")?.ambiguity).toMatchObject({ forms: ["Ray"], caseSensitive: true });
    expect(getSkill("hex")?.ambiguity?.needsContext).toEqual(expect.arrayContaining(["sql"]));
    expect(getSkill("prefect")?.ambiguity).toMatchObject({ forms: ["Prefect"], caseSensitive: true });
  });
});
