import { extractRequirements } from "@/lib/analysis/extract";
import { findYearsMentions } from "@/lib/analysis/extract/years";

describe("years of experience", () => {
  test.each([
    ["7+ years of Python", 7],
    ["At least seven years of professional experience", 7],
    ["3-5 years of experience with Kafka", 3],
    ["3 to 5 years building APIs", 3],
    ["minimum of 5 years in backend development", 5],
    ["a minimum of 2 yrs of SQL", 2],
    ["10+ years' experience", 10],
    ["5 or more years with Go", 5],
  ])("%s -> %d", (text, years) => {
    expect(findYearsMentions(text).map((m) => m.years)).toEqual([years]);
  });

  test("durations that are not experience are ignored", () => {
    expect(findYearsMentions("We have grown 3x in the last 2 years; the company is 10 years old")).toEqual([]);
  });

  test("'an additional 2 years as a Lead' is marked additional", () => {
    const [first, second] = findYearsMentions("At least 7 years of experience using KDB. With at least an additional 2 years as a Lead.");
    expect([first.years, first.additional, second.years, second.additional]).toEqual([7, false, 2, true]);
  });

  test("years attach to the skills of the same requirement, each option of a list included", () => {
    const analysis = extractRequirements("Required Experience: -2+ years of experience working with data tooling (SQL, Snowflake, Dune, Hex) -Experience writing web APIs");
    const years = Object.fromEntries(analysis.skills.map((s) => [s.id, s.minYears]));
    expect(years).toMatchObject({ sql: 2, snowflake: 2, dune: 2, hex: 2 });
    expect(years["web-apis"]).toBeNull();
    // A sibling inline bullet naming Dune again does not inherit the 2 years.
    const sibling = extractRequirements("Required Experience: -2+ years with SQL and Dune -Experience using tools like Dune and Jupyter Notebooks");
    expect(sibling.skills.find((s) => s.id === "jupyter-notebooks")?.minYears).toBeNull();
    expect(analysis.overallMinYears).toBeNull();
  });

  test("years reach the skills named together with the same skill, and 'additional' years their own", () => {
    const text =
      "Deep understanding of KDB technology and Q language. At least 7 years of professional experience using KDB. With at least an additional 2 years as a Lead.";
    const analysis = extractRequirements(text);
    const years = Object.fromEntries(analysis.skills.map((s) => [s.id, s.minYears]));
    expect(years).toMatchObject({ "kdb-plus": 7, q: 7, "technical-leadership": 2 });
  });

  test("years stop at ', including': the included skills carry none", () => {
    const text = "Requirements:\n* 3+ years of experience leading data engineering projects, including architectural decision-making and team leadership.";
    const years = Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.minYears]));
    expect(years["data-engineering"]).toBe(3);
    expect(years["technical-leadership"]).toBeNull();
  });

  test("a generic 'N years of experience' is the posting's overall minimum, not a skill", () => {
    const analysis = extractRequirements("Required Skills:\n- 3+ years of software development experience\n- Advanced TypeScript and CSS skills");
    expect(analysis.overallMinYears).toBe(3);
    expect(analysis.skills.map((s) => s.id)).toEqual(["typescript", "css"]);
    expect(analysis.requirements[0].minYears).toBe(3);
  });

  test("years in a preferred hint do not raise the overall minimum", () => {
    const analysis = extractRequirements("Requirements\n- 3+ years of experience (5+ years of experience preferred)");
    expect(analysis.overallMinYears).toBe(3);
  });

  test("a later bare figure in the same requirement is that skill's: '5+ years building web apps, 2+ with React'", () => {
    const analysis = extractRequirements("You have:\n- 5+ years building web apps, 2+ with React");
    const years = Object.fromEntries(analysis.skills.map((s) => [s.id, s.minYears]));
    expect(years).toMatchObject({ "web-development": 5, react: 2 });
    const react = analysis.requirements.find((r) => r.skills.some((s) => s.id === "react"))!;
    expect(react.text).toBe("2+ with React");
  });

  test("a skill's years are the largest its must requirements give", () => {
    const analysis = extractRequirements("Requirements\n- 2+ years of Python\n- 5+ years of backend work in Python and Go");
    expect(analysis.skills.find((s) => s.id === "python")?.minYears).toBe(5);
  });
});
