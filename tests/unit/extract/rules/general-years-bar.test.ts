/**
 * Rule: a figure whose clause names no skill ("3+ years of software development experience", "N
 * years in software engineering", "... experience overall", "a decade of industry experience") is
 * the posting's general bar, `overallMinYears`, not a skill. A capitalised word after the figure may
 * be an unknown tool, so that figure is not the bar; a figure in a preferred hint never raises it,
 * while "required" inside a preferred line does set it.
 */
import { analyze, years } from "./support";

describe("generic wording sets the posting's bar", () => {
  test("a generic 'N years of experience' is the posting's overall minimum, not a skill", () => {
    const analysis = analyze("Required Skills:\n- 3+ years of software development experience\n- Advanced TypeScript and CSS skills");
    expect(analysis.overallMinYears).toBe(3);
    expect(analysis.skills.map((s) => s.id)).toEqual(["typescript", "css"]);
    expect(analysis.requirements[0].minYears).toBe(3);
  });

  test("a figure whose clause names no skill is the posting's general bar", () => {
    const text = "Requirements:\n- 4+ years of professional experience in a quantitative role\n- Strong Python or R";
    expect(analyze(text).overallMinYears).toBe(4);
    expect(years(text).python).toBeNull();
  });

  test("a decade of industry experience, including 4 years running Kubernetes, sets a bar of 10", () => {
    expect(analyze("Requirements\n- A decade of industry experience, including 4 years running Kubernetes").overallMinYears).toBe(10);
  });

  test("'3+ years of non-internship professional software development experience' sets the bar", () => {
    expect(analyze("BASIC QUALIFICATIONS\n- 3+ years of non-internship professional software development experience").overallMinYears).toBe(3);
  });

  test("'5 years of experience with software development in one or more programming languages' sets the bar", () => {
    expect(analyze("Minimum qualifications:\n5 years of experience with software development in one or more programming languages.").overallMinYears).toBe(5);
  });

  test("'N years in software engineering' is the general bar; a figure for a discipline stays with it", () => {
    const analysis = analyze("You have\n- 7+ years in software engineering, 3+ in data infrastructure");
    expect(analysis.overallMinYears).toBe(7);
    expect(analysis.skills.find((s) => s.id === "software-engineering")).toBeUndefined();
  });

  test("'N years of software engineering experience overall' is the general bar", () => {
    const result = analyze("Requirements:\n• At least 6 years of software engineering experience overall\n• Clojure");
    expect(result.overallMinYears).toBe(6);
    expect(result.skills.map((s) => s.id)).not.toContain("software-engineering");
  });
});

describe("what does not set the bar", () => {
  test("a capitalised word after the figure may be an unknown tool, so the figure is not the general bar", () => {
    expect(analyze("Requirements:\n- 5+ years with Zorblax in production").overallMinYears).toBeNull();
  });

  test("years in a preferred hint do not raise the overall minimum", () => {
    expect(analyze("Requirements\n- 3+ years of experience (5+ years of experience preferred)").overallMinYears).toBe(3);
  });

  test("a required figure still wins over a preferred one", () => {
    const result = analyze("Requirements:\n- 5+ years of software engineering experience\n- Strong Python\n\nNice to have:\n- Ideally 8+ years of experience");
    expect(result.overallMinYears).toBe(5);
  });

  test("an explicit 'required' inside a preferred line still sets the bar", () => {
    expect(analyze("Preferred: LoRA fine-tuning and LangGraph. 2+ years of professional experience required.").overallMinYears).toBe(2);
  });
});

describe("shorthand and relative-clause bars", () => {
  test("'6+ yrs eng, 2+ yrs shipping LLM systems' sets a bar of 6", () => {
    expect(analyze("Acme\n\n6+ yrs eng, 2+ yrs shipping LLM/agentic systems.").overallMinYears).toBe(6);
  });

  test("'~2 years of work experience who have strong expertise in Go' is the bar, not years of Go", () => {
    const result = analyze("Acme\n\nWe're looking for engineers with ~2 years of work experience who have strong expertise in Go.");
    expect(result.overallMinYears).toBe(2);
    expect(result.skills.find((s) => s.id === "go")?.minYears ?? null).toBeNull();
  });
});
