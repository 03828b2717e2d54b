/**
 * Rule: a figure goes to the skills of its own clause. Every option of a list in that clause
 * shares it, and so do roles listed after it; ", including" stops it; a later bare figure ("2+
 * with React", "at least 3 of them with C#", "including 3 or more in ...") belongs to the skill it
 * names; a role noun with years keeps them ("a data analyst with 2-4 years"). A skill's years are
 * the largest its must requirements give.
 */
import { analyze, years } from "./support";

describe("a figure reaches the skills of its clause", () => {
  test("years attach to the skills of the same requirement, each option of a list included", () => {
    const analysis = analyze("Required Experience: -2+ years of experience working with data tooling (SQL, Snowflake, Dune, Hex) -Experience writing web APIs");
    const found = Object.fromEntries(analysis.skills.map((s) => [s.id, s.minYears]));
    expect(found).toMatchObject({ sql: 2, snowflake: 2, dune: 2, hex: 2 });
    expect(found["web-apis"]).toBeNull();
    // A sibling inline bullet naming Dune again does not inherit the 2 years.
    const sibling = analyze("Required Experience: -2+ years with SQL and Dune -Experience using tools like Dune and Jupyter Notebooks");
    expect(sibling.skills.find((s) => s.id === "jupyter-notebooks")?.minYears).toBeNull();
    expect(analysis.overallMinYears).toBeNull();
  });

  test("years reach the skills named together with the same skill, and 'additional' years their own", () => {
    const text =
      "Deep understanding of KDB technology and Q language. At least 7 years of professional experience using KDB. With at least an additional 2 years as a Lead.";
    expect(years(text)).toMatchObject({ "kdb-plus": 7, q: 7, "technical-leadership": 2 });
  });

  test("years stop at ', including': the included skills carry none", () => {
    const text = "Requirements:\n* 3+ years of experience leading data engineering projects, including architectural decision-making and team leadership.";
    const found = years(text);
    expect(found["data-engineering"]).toBe(3);
    expect(found["technical-leadership"]).toBeNull();
  });

  test("a figure tied to a named skill stays with the skill, not the general bar", () => {
    const text = "Requirements:\n- Minimum of 7 years of professional game development, with at least two shipped titles";
    expect(analyze(text).overallMinYears).toBeNull();
    expect(years(text)["game-development"]).toBe(7);
  });

  test("roles listed after the figure share it", () => {
    const text =
      "Requirements\n- 3+ years in a customer-facing technical role: solutions engineer, sales engineer, or technical account manager";
    expect(years(text)).toMatchObject({
      "customer-facing-experience": 3,
      "solutions-engineering": 3,
      "sales-engineering": 3,
      "technical-account-management": 3,
    });
    expect(analyze(text).overallMinYears).toBeNull();
  });

  test("'X or Y roles' names both roles", () => {
    expect(years("Requirements:\n- 3-5 years of experience in platform or SRE roles")).toMatchObject({
      "platform-engineering": 3,
      "site-reliability-engineering": 3,
    });
  });

  test("'a data analyst with 2-4 years of experience' gives the years to the role, not the posting", () => {
    const analysis = analyze("Growth analyst\n\nWe're hiring a data analyst with 2-4 years of experience. Advanced SQL is a must.");
    expect(analysis.overallMinYears).toBeNull();
    expect(analysis.skills.find((s) => s.id === "data-analysis")?.minYears).toBe(2);
  });
});

describe("a later figure names its own skill", () => {
  test("a later bare figure in the same requirement is that skill's: '5+ years building web apps, 2+ with React'", () => {
    const analysis = analyze("You have:\n- 5+ years building web apps, 2+ with React");
    const found = Object.fromEntries(analysis.skills.map((s) => [s.id, s.minYears]));
    expect(found).toMatchObject({ "web-development": 5, react: 2 });
    const react = analysis.requirements.find((r) => r.skills.some((s) => s.id === "react"))!;
    expect(react.text).toBe("2+ with React");
  });

  test("'N years of experience as a software engineer, at least M of them with X'", () => {
    const analysis = analyze("Your profile\n- 6+ years of experience as a software engineer, at least 3 of them with C# and .NET");
    expect(analysis.overallMinYears).toBe(6);
    expect(analysis.skills.find((s) => s.id === "c-sharp")?.minYears).toBe(3);
  });

  test("'including 3 or more in ...' gives the named area its own figure", () => {
    const text =
      "Required qualifications\n- At least 8 years of professional software development experience, including 3 or more in a front-office or trading environment";
    expect(analyze(text).overallMinYears).toBe(8);
    expect(years(text)["front-office-trading"]).toBe(3);
  });

  test("'Ideally you have 3+ years ..., and at least a year of it building with LLMs'", () => {
    const result = analyze(
      "You should have built LLM products and be strong in Python. We use FastAPI and Postgres. Ideally you have 3+ years of software engineering experience, and at least a year of it building with LLMs.",
    );
    expect(result.overallMinYears).toBe(3);
    expect(result.skills.find((s) => s.id === "large-language-models")?.minYears).toBe(1);
  });
});

describe("one figure per skill", () => {
  test("a skill's years are the largest its must requirements give", () => {
    expect(analyze("Requirements\n- 2+ years of Python\n- 5+ years of backend work in Python and Go").skills.find((s) => s.id === "python")?.minYears).toBe(5);
  });
});
