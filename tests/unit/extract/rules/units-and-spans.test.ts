/**
 * Rule: a posting is cut into units (bullets, list lines and sentences) that each keep their span in
 * the original text. Bullet markers stay outside the span; inline dash bullets after a label are
 * split into items; a paragraph, or a long prose line under a title, is cut into sentences, while
 * consecutive lines of a list stay whole; hard-wrapped paragraphs and wrapped bullets are joined.
 */
import { layoutPosting } from "@/lib/analysis/extract/units";
import { kinds } from "./support";

function unitsOf(text: string) {
  return layoutPosting(text).units.map((u) => ({ text: text.slice(u.start, u.end), section: u.section, shape: u.shape }));
}

describe("requirement units keep their span in the original text", () => {
  test("dash, star, bullet-symbol and numbered bullets are units; markers are outside the span", () => {
    const text = [
      "Requirements:",
      "- 5+ years of Python",
      "* Strong SQL skills",
      "  •  Experience with Kubernetes",
      "1. Fluent English",
      "2) Docker",
    ].join("\n");
    const units = unitsOf(text);
    expect(units.map((u) => u.text)).toEqual([
      "5+ years of Python",
      "Strong SQL skills",
      "Experience with Kubernetes",
      "Fluent English",
      "Docker",
    ]);
    expect(units.every((u) => u.shape === "bullet" && u.section === "requirements")).toBe(true);
  });

  test("every span slices back to the unit's own text", () => {
    const text = "We are hiring.\r\n\r\nRequirements\r\n- Go and Rust\r\n- PostgreSQL (Postgres)\r\n";
    for (const unit of layoutPosting(text).units) {
      const slice = text.slice(unit.start, unit.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
    expect(unitsOf(text).map((u) => u.text)).toEqual(["We are hiring.", "Go and Rust", "PostgreSQL (Postgres)"]);
  });

  test("inline dash bullets after a label are split into items (a Hacker News habit)", () => {
    const text =
      "Required Experience: -2+ years of experience working with data tooling (SQL, Snowflake) -Experience writing robust web APIs -Deep understanding of database internals";
    const units = unitsOf(text);
    expect(units.map((u) => u.text)).toEqual([
      "2+ years of experience working with data tooling (SQL, Snowflake)",
      "Experience writing robust web APIs",
      "Deep understanding of database internals",
    ]);
    expect(units.every((u) => u.section === "requirements")).toBe(true);
  });

  test("a spaced dash inside a sentence is not an inline bullet", () => {
    const text = "Requirements\n- We value reliability - we need a capable back-end engineer with 3 - 5 years of Go";
    expect(unitsOf(text).map((u) => u.text)).toEqual(["We value reliability - we need a capable back-end engineer with 3 - 5 years of Go"]);
  });

  test("a paragraph is cut into sentences; abbreviations and versions do not end a sentence", () => {
    const text =
      "We are looking for an engineer with strong C#/.NET skills, e.g. ASP.NET Core. Work involves integrating with data providers. You will use Node.js 20.";
    expect(unitsOf(text).map((u) => u.text)).toEqual([
      "We are looking for an engineer with strong C#/.NET skills, e.g. ASP.NET Core.",
      "Work involves integrating with data providers.",
      "You will use Node.js 20.",
    ]);
  });

  test("consecutive lines of a list stay whole lines, even with several sentences (the seed's bank posting)", () => {
    const text = [
      "Proficiency in automation and continuous delivery methods",
      "Deep understanding of KDB technology and Q language. At least 7 years of professional experience using KDB.",
      "Practical experience scaling and load-balancing of KDB applications.",
    ].join("\n");
    const units = unitsOf(text);
    expect(units).toHaveLength(3);
    expect(units[1].text).toBe("Deep understanding of KDB technology and Q language. At least 7 years of professional experience using KDB.");
    expect(units.every((u) => u.shape === "line" && u.section === null)).toBe(true);
  });

  test("a hard-wrapped paragraph is joined before it is cut into sentences", () => {
    const text = "You should have at least 4 years of professional\nexperience building distributed systems. Kafka is a plus.";
    expect(unitsOf(text).map((u) => u.text)).toEqual([
      "You should have at least 4 years of professional\nexperience building distributed systems.",
      "Kafka is a plus.",
    ]);
  });

  test("a bullet wrapped onto an indented next line stays one unit", () => {
    const text = "Requirements\n- Experience with AWS services such as EC2,\n  S3 and Lambda\n- Terraform";
    expect(unitsOf(text).map((u) => u.text)).toEqual(["Experience with AWS services such as EC2,\n  S3 and Lambda", "Terraform"]);
  });

  test("a long prose line under a title is cut into sentences like a paragraph", () => {
    const text =
      "Data Analyst - Growth\nWe're hiring a data analyst for our growth team in Porto. Must have: advanced SQL and Tableau. You'll partner with marketing. Experience with Amplitude would be a bonus.";
    const units = layoutPosting(text).units.map((u) => text.slice(u.start, u.end));
    expect(units).toContain("Must have: advanced SQL and Tableau.");
    expect(kinds(text)).toMatchObject({ sql: "must", tableau: "must", amplitude: "preferred" });
  });
});
