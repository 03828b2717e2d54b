import { extractRequirements } from "@/lib/analysis/extract";

function kindOf(text: string, skillId: string): string | undefined {
  return extractRequirements(text).skills.find((s) => s.id === skillId)?.kind;
}

describe("must vs preferred", () => {
  test("the section decides first: requirements are must, nice-to-have and bonus sections are preferred", () => {
    const text = [
      "What we're looking for:",
      "- Proficiency in Python and PyTorch",
      "",
      "Nice to have:",
      "- Experience with Kubernetes and Ray",
      "",
      "Bonus points",
      "- Contributions to Rust projects",
    ].join("\n");
    const analysis = extractRequirements(text);
    const kinds = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(kinds).toMatchObject({ python: "must", pytorch: "must", kubernetes: "preferred", ray: "preferred", rust: "preferred" });
  });

  test.each([
    ["Requirements\n- Kafka is a plus", "apache-kafka"],
    ["Requirements\n- Nice to have: Linux", "linux"],
    ["Requirements\n- Ideally, you have worked with Terraform", "terraform"],
    ["Requirements\n- Docker knowledge preferred", "docker"],
    ["Requirements\n- (Bonus points for experience with Kubernetes)", "kubernetes"],
    ["Requirements\n- Experience with GraphQL would be a plus", "graphql"],
    ["Requirements\n- Go (nice to have)", "go"],
  ])("an inline cue softens a must section: %s", (text, skill) => {
    expect(kindOf(text, skill)).toBe("preferred");
  });

  test("a bracketed hint softens only what is inside it", () => {
    const text = "What we're looking for:\n* Hands-on experience with satellite imagery (optical & SAR strongly preferred).";
    const analysis = extractRequirements(text);
    const kinds = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(kinds["satellite-imagery"]).toBe("must");
    expect(kinds["synthetic-aperture-radar"]).toBe("preferred");
    // The unit is split so each requirement keeps one kind, with a span for the preferred part.
    const preferred = analysis.requirements.find((r) => r.kind === "preferred")!;
    expect(text.slice(preferred.span[0], preferred.span[1])).toBe("(optical & SAR strongly preferred)");
  });

  test("a preferred clause stops at 'but': 'A formal background in ML is preferable, but ...'", () => {
    const text = "Requirements\n- Experience working in a production Python back-end. A formal background in ML is preferable, but we are open minded.";
    expect(kindOf(text, "python")).toBe("must");
    expect(kindOf(text, "machine-learning")).toBe("preferred");
  });

  test("'familiar with' under requirements stays must", () => {
    expect(kindOf("What makes you a great fit:\n- Familiar with building secure systems and testing.", "software-testing")).toBe("must");
  });

  test("a stack line counts as preferred, and must wins when a requirement also names the skill", () => {
    const text = "Tech Stack: Python, Databricks, Prefect, AWS\n\nRequirements:\n* Strong Python engineering experience.";
    const analysis = extractRequirements(text);
    const kinds = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(kinds).toMatchObject({ python: "must", databricks: "preferred", prefect: "preferred", "amazon-web-services": "preferred" });
    expect(analysis.requirements[0].section).toBe("stack");
  });

  test("'Our stack is ...' and 'We use ...' sentences are stack lines in a headingless post", () => {
    const text = "Acme | Backend Engineer | Remote\n\nWe build payroll software. Our stack is Java 21, Spring Boot, Kafka and Postgres.";
    const analysis = extractRequirements(text);
    expect(analysis.skills.map((s) => [s.id, s.kind])).toEqual([
      ["java", "preferred"],
      ["spring-boot", "preferred"],
      ["apache-kafka", "preferred"],
      ["postgresql", "preferred"],
    ]);
  });

  test("responsibilities, company description and benefits are context, not requirements", () => {
    const text = [
      "About us",
      "We run everything on Kubernetes and love Rust.",
      "",
      "Responsibilities",
      "- Own our Terraform modules and CI/CD pipelines",
      "",
      "Requirements",
      "- Deep knowledge of Python",
      "",
      "Benefits",
      "- Udemy courses on Docker, paid",
    ].join("\n");
    const analysis = extractRequirements(text);
    expect(analysis.skills.map((s) => s.id)).toEqual(["python"]);
    expect(analysis.requirements.map((r) => r.section)).toEqual(["requirements"]);
  });

  test("company voice inside a requirement bullet is context: 'We build ... and value scalability'", () => {
    const text = "Requirements\n- Experience with Python. We build our own systems and value scalability - we need a capable back-end engineer";
    const ids = extractRequirements(text).skills.map((s) => s.id);
    expect(ids).toContain("python");
    // "a capable back-end engineer" names who is hired, not a skill (as the labelled sets read it).
    expect(ids).not.toContain("back-end-development");
    expect(ids).not.toContain("scalability");
  });

  test("eligibility conditions are not skills", () => {
    const ids = extractRequirements("Requirements\n- This role requires German/European citizenship due to regulatory requirements.").skills;
    expect(ids).toEqual([]);
  });

  test("'(or comparable ...)' stand-ins are not asked for by name", () => {
    const ids = extractRequirements("Requirements\n- Solid production exposure to NestJS (or comparable backend frameworks)").skills.map((s) => s.id);
    expect(ids).toEqual(["nestjs"]);
  });
});
