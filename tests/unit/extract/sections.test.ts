import { classifySectionTitle, parseHeading, parseLabelPrefix } from "@/lib/analysis/extract/sections";
import { extractRequirements } from "@/lib/analysis/extract";
import { layoutPosting } from "@/lib/analysis/extract/units";

describe("section headings in every common style", () => {
  test.each([
    ["Requirements", "requirements"],
    ["Requirements:", "requirements"],
    ["## What you'll bring", "requirements"],
    ["**Nice to have**", "preferred"],
    ["* Requirements *", "requirements"],
    ["*Company Culture and Values*:", "about"],
    ["REQUIREMENTS", "requirements"],
    ["PREFERRED QUALIFICATIONS", "preferred"],
    ["🚀 What you'll do", "responsibilities"],
    ["✅ What we're looking for", "requirements"],
    ["Bonus Skills (Not required):", "preferred"],
    ["Preferred Qualifications, Capabilities, and Skills:", "preferred"],
    ["Required qualifications, capabilities, and skills", "requirements"],
    ["Job responsibilities", "responsibilities"],
    ["What you’d work on", "responsibilities"],
    ["What makes you a great fit:", "requirements"],
    ["Tech Stack:", "stack"],
    ["Benefits", "benefits"],
    ["How to apply", "apply"],
    ["About us", "about"],
    ["About you", "requirements"],
    ["Logistics:", "benefits"],
  ])("%s -> %s", (line, label) => {
    expect(parseHeading(line)?.label).toBe(label);
  });

  test.each([
    "Strong Python experience",
    "Python experience",
    "- Requirements gathering with stakeholders.",
    "Proficiency in Java and Python programming languages",
    "Experience with LLM systems.",
    "1. RL",
    "Twikey - Gent, Belgium (Hybrid) - Full-time - Senior Back-end Engineer",
    "Stack: Java + Spring, Go, PostgreSQL, REST APIs, Linux.",
    "Contributions to open source",
    "👉 5 years of Python experience",
    "🔹 Strong SQL skills",
  ])("not a heading: %s", (line) => {
    expect(parseHeading(line)).toBeNull();
  });

  test("an unknown decorated heading is 'other', not dropped", () => {
    expect(parseHeading("## Study plan")?.label).toBe("other");
    expect(classifySectionTitle("Deliverables for today")).toBe("other");
  });

  test("a known label opens its own line: 'Tech: ...', 'Nice to have: ...', '*Benefits*: ...'", () => {
    expect(parseLabelPrefix("Tech: C#/.NET 8, SQL Server, kdb")?.label).toBe("stack");
    expect(parseLabelPrefix("Nice to have: API integrations, Linux")?.label).toBe("preferred");
    expect(parseLabelPrefix("Benefits: Generous health insurance")?.label).toBe("benefits");
    expect(parseLabelPrefix("Apply here: https://example.com/jobs")?.label).toBe("apply");
    expect(parseLabelPrefix("Fluent in at least two of: Dutch / English / French")).toBeNull();
    expect(parseLabelPrefix("https://example.com/jobs")).toBeNull();
  });

  test("emoji bullets are bullets under an emoji heading", () => {
    const text = "✅ What we're looking for\n👉 5 years of Python experience\n🔹 Strong SQL skills";
    const layout = layoutPosting(text);
    expect(layout.units.map((u) => [text.slice(u.start, u.end), u.section, u.shape])).toEqual([
      ["5 years of Python experience", "requirements", "bullet"],
      ["Strong SQL skills", "requirements", "bullet"],
    ]);
  });

  test("a label line sets the section of that line only", () => {
    const text = "Requirements\n- Nice to have: Linux\n- PostgreSQL";
    expect(layoutPosting(text).units.map((u) => u.section)).toEqual(["preferred", "requirements"]);
  });

  test("a posting without headings says so, and its units have no section", () => {
    const text = "Proficiency in Java and Python programming languages\nExcellent written and verbal communication skills in English";
    const layout = layoutPosting(text);
    expect(layout.hasHeadings).toBe(false);
    expect(layout.units.map((u) => u.section)).toEqual([null, null]);
  });
});

describe("'you'll thrive if you' headings", () => {
  it.each(["You'll excel at this role if you:", "You will thrive in this role if you:", "You'll do well if you:"])("%s opens a requirements list", (heading) => {
    const analysis = extractRequirements(`Acme | Frontend Engineer | Remote\n\n${heading}\n- Have 5+ years of React\n- Write semantic HTML and modern CSS\n`);
    const skills = analysis.skills.map((skill) => [skill.id, skill.kind]);
    expect(skills).toEqual(expect.arrayContaining([["react", "must"], ["html", "must"], ["css", "must"]]));
  });
});
