/**
 * Seventh round: place phrases ("on both the front end and the back end", "across the front end and
 * back end") say where the work happens, not a skill; "Ideally, you have at least N years" keeps its years.
 */
import { extractRequirements } from "@/lib/analysis/extract";

function ids(text: string): string[] {
  return extractRequirements(text).skills.map((s) => s.id);
}

describe("place phrases", () => {
  test("'Strong TypeScript, on both the front end and the back end' names only TypeScript", () => {
    const found = ids("Requirements:\n- Strong TypeScript, on both the front end and the back end\n- Experience with PostgreSQL");
    expect(found).toContain("typescript");
    expect(found).not.toContain("front-end-development");
    expect(found).not.toContain("back-end-development");
  });

  test("'across the front end and back end' and 'work on the frontend and backend' are places", () => {
    const a = ids("Requirements:\n- You will ship features across the front end and back end using React and Go.");
    expect(a).toEqual(expect.arrayContaining(["react", "go"]));
    expect(a).not.toContain("front-end-development");
    expect(a).not.toContain("back-end-development");
    expect(a).not.toContain("full-stack-development");
    const b = ids("Requirements:\n- Comfortable to work on the frontend and backend of our Django app.");
    expect(b).toContain("django");
    expect(b).not.toContain("front-end-development");
    expect(b).not.toContain("back-end-development");
    expect(b).not.toContain("full-stack-development");
  });

  test("front-end and back-end development as a demand still matches", () => {
    // The taxonomy names the pair together as Full-stack development.
    const a = ids("Requirements:\n- 3+ years of experience with front-end and back-end development");
    expect(a).toContain("full-stack-development");
    const b = ids("Requirements:\n- Full-stack (frontend + backend) experience with TypeScript");
    expect(b).toEqual(expect.arrayContaining(["full-stack-development", "typescript"]));
    const c = ids("Requirements:\n- Experience in frontend and backend development with Node.js");
    expect(c).toContain("full-stack-development");
    const d = ids("Requirements:\n- Strong back-end development skills in Go");
    expect(d).toContain("back-end-development");
  });
});

describe("years in a preferred sentence", () => {
  test("'Ideally you have 3+ years ..., and at least a year of it building with LLMs'", () => {
    const result = extractRequirements(
      "You should have built LLM products and be strong in Python. We use FastAPI and Postgres. Ideally you have 3+ years of software engineering experience, and at least a year of it building with LLMs.",
    );
    expect(result.overallMinYears).toBe(3);
    expect(result.skills.find((s) => s.id === "large-language-models")?.minYears).toBe(1);
  });

  test("a required figure still wins over a preferred one", () => {
    const result = extractRequirements(
      "Requirements:\n- 5+ years of software engineering experience\n- Strong Python\n\nNice to have:\n- Ideally 8+ years of experience",
    );
    expect(result.overallMinYears).toBe(5);
  });

  test("'once a year' is not years of experience", () => {
    const result = extractRequirements("Requirements:\n- Strong Python; we meet in person once a year.");
    expect(result.overallMinYears).toBeNull();
    expect(result.skills.find((s) => s.id === "python")?.minYears).toBeNull();
  });
});
