/**
 * Rule: must or preferred. The section decides first (requirements are must; nice-to-have and bonus
 * sections are preferred); then a preferred cue ("is a plus", "ideally", "nice to have", "would be
 * a bonus", "is welcome", "helps", "we would love someone who can also") softens only the words it
 * governs: a bracket's hinted part, the clause before "but", the tail after a firm demand. Firm
 * words ("is not optional", "required") are never softened into a preference.
 */
import { analyze, kindOf, kinds } from "./support";

describe("the section decides first", () => {
  test("requirements are must, nice-to-have and bonus sections are preferred", () => {
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
    expect(kinds(text)).toMatchObject({ python: "must", pytorch: "must", kubernetes: "preferred", ray: "preferred", rust: "preferred" });
  });
});

describe("a cue softens what it governs", () => {
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

  test("'some Java is welcome' softens a requirement", () => {
    expect(kinds("Requirements\n- Solid TypeScript; some Java is welcome")).toMatchObject({ typescript: "must", java: "preferred" });
  });

  test("'Knowing Nuxt is nice.' softens a requirement", () => {
    expect(kinds("Vue contractor\n\nTypeScript is a must. Knowing Nuxt is nice.")).toMatchObject({ typescript: "must", nuxt: "preferred" });
  });

  test("'we would love someone who can also ...' names preferred tools", () => {
    const found = kinds(
      "You should know Python and Docker. Our team is eight engineers, and we would love someone who can also help us improve our monitoring with Datadog.",
    );
    expect(found.datadog).toBe("preferred");
    expect(found.python).toBe("must");
  });
});

describe("a cue stops where its words stop", () => {
  test("a bracketed hint softens only what is inside it", () => {
    const posting = "What we're looking for:\n* Hands-on experience with satellite imagery (optical & SAR strongly preferred).";
    const analysis = analyze(posting);
    const found = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(found["satellite-imagery"]).toBe("must");
    expect(found["synthetic-aperture-radar"]).toBe("preferred");
    // The unit is split so each requirement keeps one kind, with a span for the preferred part.
    const preferred = analysis.requirements.find((r) => r.kind === "preferred")!;
    expect(posting.slice(preferred.span[0], preferred.span[1])).toBe("(optical & SAR strongly preferred)");
  });

  test("only the part of a bracket with the hint is softened", () => {
    expect(kinds("What you'll bring\n- Two or more years shipping production TypeScript (Node.js on the back end; React is a plus)")).toEqual({
      typescript: "must",
      "node-js": "must",
      react: "preferred",
    });
  });

  test("a preferred clause stops at 'but': 'A formal background in ML is preferable, but ...'", () => {
    const text = "Requirements\n- Experience working in a production Python back-end. A formal background in ML is preferable, but we are open minded.";
    expect(kindOf(text, "python")).toBe("must");
    expect(kindOf(text, "machine-learning")).toBe("preferred");
  });

  test("a firm demand with a softened tail keeps the demand must", () => {
    const text = "Clinic OS | Founding Engineer | NYC\n\nWe're looking for someone who has built and scaled backend systems, ideally in healthcare.";
    expect(kinds(text)).toMatchObject({ "back-end-development": "must", healthcare: "preferred" });
  });
});

describe("firm words are not preferences", () => {
  test("'is not optional' is a must, not a preference", () => {
    const found = kinds("We're hiring a GIS developer. Knowledge of coordinate reference systems and projections is not optional; we have spent too many afternoons on datum shifts.");
    expect(found["coordinate-reference-systems"]).toBe("must");
  });
});

describe("pay is not a preference", () => {
  test("'equity + bonus' after a demand leaves it a demand", () => {
    const found = kinds("Systems Engineer: We are looking for engineers that have a strong background in build systems (Linux, Docker). £60k-100k + equity + bonus.");
    expect(found.linux).toBe("must");
    expect(found.docker).toBe("must");
  });

  test("'is a bonus' still softens", () => {
    expect(kinds("Experience with Kafka is a bonus.")["apache-kafka"]).toBe("preferred");
  });
});

describe("a softened clause after a comma", () => {
  test("', with strong proficiency in Python being highly desirable' softens only Python", () => {
    const found = kinds(
      "Requirements:\n- Coding knowledge and experience with at least one of the following languages: Python, C, R, Java, Scala, with strong proficiency in Python being highly desirable.",
    );
    expect(found.java).toBe("must");
    expect(found.scala).toBe("must");
  });
});

describe("'Helpful:' labels what would help", () => {
  test("after a company overview, 'Helpful: ML/AI + computer vision; mobile (iOS preferred)' is preferred", () => {
    const text = "Mitty - First Engineer - Remote\n\nBiz overview:\nOur phones' camera rolls have 10,000+ photos and videos; Mitty edits them for you.\n\nHelpful: ML/AI + video understanding / computer vision; mobile (iOS preferred); LLM + vision APIs (Anthropic, OpenAI, etc.)";
    expect(kinds(text)).toMatchObject({ "machine-learning": "preferred", "computer-vision": "preferred", "openai-api": "preferred" });
  });
});

describe("'valuable' and 'even better' make a demand optional", () => {
  test("'Experience with Go, Rust or Kafka is valuable' is preferred", () => {
    expect(kinds("Acme\n\nExperience with technologies such as Go, Rust, C++, Kafka is valuable.")).toMatchObject({ go: "preferred", rust: "preferred", "apache-kafka": "preferred" });
  });

  test("'Kafka experience, even better' is preferred", () => {
    expect(kinds("Requirements:\n- Python\n- Kafka experience, even better")).toMatchObject({ python: "must", "apache-kafka": "preferred" });
  });
});
