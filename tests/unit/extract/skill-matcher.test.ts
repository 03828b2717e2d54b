import { compileSkillMatcher, type SkillMatcher } from "@/lib/analysis/extract/skill-matcher";
import { tokenize } from "@/lib/analysis/extract/tokens";
import { LazyLowercase } from "@/lib/analysis/extract/word-gate";
import { extractRequirements } from "@/lib/analysis/extract";
import type { SkillDefinition } from "@/lib/analysis/taxonomy";

/** A small taxonomy that pins down the matching mechanics whatever the real data becomes. */
const FIXTURE: SkillDefinition[] = [
  { id: "python", name: "Python", aliases: [], category: "language", parents: [] },
  { id: "java", name: "Java", aliases: [], category: "language", parents: [] },
  { id: "javascript", name: "JavaScript", aliases: ["JS"], category: "language", parents: [] },
  { id: "c", name: "C", aliases: [], category: "language", parents: [] },
  { id: "c-plus-plus", name: "C++", aliases: ["cpp"], category: "language", parents: [] },
  { id: "c-sharp", name: "C#", aliases: ["csharp"], category: "language", parents: [] },
  { id: "dot-net", name: ".NET", aliases: ["dotnet"], category: "framework", parents: [] },
  { id: "node-js", name: "Node.js", aliases: ["NodeJS"], category: "framework", parents: [] },
  { id: "kdb-plus", name: "kdb+", aliases: ["kdb"], category: "finance", parents: [] },
  { id: "kdb-plus-tick", name: "kdb+tick", aliases: [], category: "finance", parents: ["kdb-plus"] },
  { id: "q", name: "q", aliases: ["q language"], category: "language", parents: ["kdb-plus"], ambiguity: { forms: ["q"], needsContext: ["kdb", "kdb+"] } },
  { id: "large-language-models", name: "Large language models", aliases: ["LLM"], category: "llm", parents: [] },
  { id: "langchain", name: "LangChain", aliases: [], category: "llm", parents: [] },
  { id: "fine-tuning", name: "Fine-tuning", aliases: [], category: "ml", parents: [] },
  { id: "pytorch", name: "PyTorch", aliases: [], category: "ml", parents: [] },
  { id: "pytorch-lightning", name: "PyTorch Lightning", aliases: ["PyTorch/Lightning"], category: "ml", parents: ["pytorch"] },
  { id: "ci-cd", name: "CI/CD", aliases: [], category: "practice", parents: [] },
  { id: "continuous-integration", name: "Continuous integration", aliases: ["CI"], category: "practice", parents: [] },
  { id: "full-stack", name: "Full-stack development", aliases: ["frontend and backend"], category: "concept", parents: [] },
  { id: "react", name: "React", aliases: [], category: "framework", parents: [] },
  { id: "unit-testing", name: "Unit testing", aliases: ["unit tests"], category: "practice", parents: [] },
  { id: "performance-testing", name: "Performance testing", aliases: ["performance tests"], category: "practice", parents: [] },
  { id: "amazon-ec2", name: "Amazon EC2", aliases: ["EC2"], category: "cloud", parents: [] },
  { id: "amazon-s3", name: "Amazon S3", aliases: ["S3"], category: "cloud", parents: [] },
  { id: "german", name: "German", aliases: [], category: "spoken-language", parents: [] },
  { id: "english", name: "English", aliases: [], category: "spoken-language", parents: [] },
  { id: "microservices", name: "Microservices", aliases: ["microservice"], category: "practice", parents: [] },
];

const matcher: SkillMatcher = compileSkillMatcher(FIXTURE);

function skillsIn(text: string, stack = ""): string[] {
  const tokens = tokenize(text);
  const found = matcher.matchUnit({
    text,
    tokens,
    from: 0,
    to: tokens.count,
    unitLower: new LazyLowercase(() => text),
    stackLower: new LazyLowercase(() => stack),
  });
  return [...new Set(found.map((m) => m.skill.id))];
}

describe("skill matching over a compiled token index", () => {
  test("longest match wins and punctuation variants match: Node.js, NodeJS, node js", () => {
    expect(skillsIn("Strong Node.js experience")).toEqual(["node-js"]);
    expect(skillsIn("NodeJS or node js")).toEqual(["node-js"]);
    expect(skillsIn("KDB+tick design and data organization")).toEqual(["kdb-plus-tick"]);
  });

  test("suffix forms resolve: LLM-powered, Langchain based, finetuning", () => {
    expect(skillsIn("customer-facing, LLM-powered microservices")).toEqual(["large-language-models", "microservices"]);
    expect(skillsIn("agentic systems (Langchain based), and fine-tuning")).toEqual(["langchain", "fine-tuning"]);
    expect(skillsIn("LoRA finetuning of LLMs")).toEqual(["fine-tuning", "large-language-models"]);
  });

  test("C, C++ and C# are different skills; .NET keeps its dot", () => {
    expect(skillsIn("strong C#/.NET skills and C/C++")).toEqual(["c-sharp", "dot-net", "c", "c-plus-plus"]);
    expect(skillsIn("net income and networking")).toEqual([]);
  });

  test("Java is not JavaScript", () => {
    expect(skillsIn("JavaScript and TypeScript")).toEqual(["javascript"]);
    expect(skillsIn("Java 21 and JS")).toEqual(["java", "javascript"]);
  });

  test("slash forms name each part that is a skill's own name: PyTorch/Lightning, kdb+/q", () => {
    expect(skillsIn("deep PyTorch/Lightning experience")).toEqual(["pytorch-lightning", "pytorch"]);
    expect(skillsIn("kdb+/q developers")).toEqual(["kdb-plus", "q"]);
    // An alias written with its slash is one skill: CI/CD does not also claim CI.
    expect(skillsIn("CI/CD pipelines")).toEqual(["ci-cd"]);
  });

  test("'+' and '&' read as 'and': frontend + backend", () => {
    expect(skillsIn("production web applications (frontend + backend)")).toEqual(["full-stack"]);
  });

  test("parenthesised lists name each option: (EC2, S3, ...)", () => {
    expect(skillsIn("Amazon Web Services technologies (EC2, RDS, S3, etc]")).toEqual(["amazon-ec2", "amazon-s3"]);
  });

  test("a head word shared by a list: tests (unit, performance) and unit and performance tests", () => {
    expect(skillsIn("effective tests (unit, component, performance)")).toEqual(["unit-testing", "performance-testing"]);
    expect(skillsIn("write unit and performance tests")).toEqual(["unit-testing", "performance-testing"]);
  });

  test("plurals: LLMs, microservices", () => {
    expect(skillsIn("LLMs in microservices")).toEqual(["large-language-models", "microservices"]);
  });

  test("single letters need their letter case and a list around them: C, not 'Series C' or 'c-level'", () => {
    expect(skillsIn("Series C funded startup")).toEqual([]);
    expect(skillsIn("talk to c-level stakeholders")).toEqual([]);
    expect(skillsIn("Python, C and Java")).toEqual(["python", "c", "java"]);
    expect(skillsIn("Proficient in C.")).toEqual(["c"]);
  });

  test("q is kdb+'s language only next to kdb", () => {
    expect(skillsIn("Deep understanding of KDB technology and Q language")).toEqual(["kdb-plus", "q"]);
    expect(skillsIn("Q experience")).toEqual([]);
    expect(skillsIn("q skills", "tech: kdb+, q")).toEqual(["q"]);
  });

  test("spoken languages need a language context: not 'German citizenship'", () => {
    expect(skillsIn("This role requires German citizenship")).toEqual([]);
    expect(skillsIn("Fluent German and English")).toEqual(["german", "english"]);
    expect(skillsIn("German / English")).toEqual(["german", "english"]);
  });

  test("everyday words are skills only as proper nouns: React, not 'react to incidents'", () => {
    expect(skillsIn("You will react to incidents quickly")).toEqual([]);
    expect(skillsIn("Experience with React and Python")).toEqual(["react", "python"]);
  });

  test("URLs and e-mail addresses name nothing", () => {
    expect(skillsIn("Apply at https://jobs.example.com/python-java or python@example.com")).toEqual([]);
  });
});

describe("ambiguous short names with the project's taxonomy", () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.id);

  test("Go the language vs go the verb", () => {
    expect(skills("Stack: Java + Spring, Go, PostgreSQL, REST APIs, Linux.")).toContain("go");
    expect(skills("Requirements\n- You are ready to go the extra mile\n- Go to market experience is welcome")).not.toContain("go");
  });

  test("R the language vs the letter", () => {
    expect(skills("Requirements\n- Experience with Python (pandas) or R for data analysis.")).toContain("r");
    expect(skills("Requirements\n- Strong R&D background\n- Proven experience in a plan B scenario")).not.toContain("r");
  });

  test("Excel, Spark, Swift, Rust and Chef as skills and as words", () => {
    expect(skills("Requirements\n- At least three years of experience with SQL and Excel")).toContain("microsoft-excel");
    expect(skills("We are looking for an engineer who excel’s at experiment driven development")).not.toContain("microsoft-excel");
    expect(skills("Requirements\n- Experience with Spark and Kafka")).toContain("apache-spark");
    expect(skills("Requirements\n- You spark curiosity in others")).not.toContain("apache-spark");
    expect(skills("Nice to have: Swift or Kotlin for our mobile apps")).toContain("swift");
    expect(skills("Requirements\n- A swift learner who ships quickly")).not.toContain("swift");
    expect(skills("Nice to Have: -Experience working with Rust")).toContain("rust");
    expect(skills("Requirements\n- Remove rust from legacy code paths")).not.toContain("rust");
    expect(skills("Requirements\n- Configuration management with Chef or Ansible")).toContain("chef");
    expect(skills("Requirements\n- Experience as a chef in a busy kitchen")).not.toContain("chef");
  });
});
