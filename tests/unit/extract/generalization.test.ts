/**
 * Structural rules that make the extractor hold up on posting shapes it was not tuned on: markdown
 * bullets with bold words, labels inside paragraphs, stack statements and negations inside a
 * requirement, shared head nouns, decades, role nouns, and guarded names read in the posting's
 * title. Each fragment is written like a real posting.
 */
import { extractRequirements } from "@/lib/analysis/extract";
import { parseHeading } from "@/lib/analysis/extract/sections";
import { layoutPosting } from "@/lib/analysis/extract/units";
import { findYearsMentions } from "@/lib/analysis/extract/years";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

function years(text: string): Record<string, number | null> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.minYears]));
}

describe("headings and sections", () => {
  test("a markdown bullet with bold words is a bullet, not an emphasised heading", () => {
    expect(parseHeading("* Strong **SQL** and **Python**")).toBeNull();
    expect(parseHeading("* **Delta Lake** or **Apache Iceberg**")).toBeNull();
    expect(parseHeading("**Nice to have**")?.label).toBe("preferred");
    const text = "## What you need\n\n* Strong **SQL** and **Python**\n* Experience with **dbt**\n\n## Nice to have\n\n* **Terraform**";
    expect(kinds(text)).toMatchObject({ sql: "must", python: "must", terraform: "preferred" });
  });

  test("'What we require', 'You might be a fit if you', bilingual and bare 'Nice:' labels are recognised", () => {
    expect(parseHeading("What we require:")?.label).toBe("requirements");
    expect(parseHeading("You might be a fit if you:")?.label).toBe("requirements");
    expect(parseHeading("Dein Profil / Your profile")?.label).toBe("requirements");
    expect(kinds("Requirements\n- Strong Scala\n\nNice: Kubernetes, Terraform")).toMatchObject({ scala: "must", kubernetes: "preferred" });
  });

  test("a label inside a paragraph opens a section there; a stack label covers only its own sentence", () => {
    const text =
      "Growth Data Analyst\nWe're hiring a data analyst in Lisbon. Must have: advanced SQL, Looker and Excel. Knowledge of Python is a plus.";
    expect(kinds(text)).toMatchObject({ sql: "must", looker: "must", "microsoft-excel": "must", python: "preferred" });
    const stack = "Lumen | Backend Engineer | NYC\n\nWe're six people. Tech: Django, Postgres, React. You should know Django deeply and be comfortable with Terraform.";
    expect(kinds(stack)).toMatchObject({ django: "must", postgresql: "preferred", react: "preferred", terraform: "must" });
  });

  test("a long prose line under a title is cut into sentences like a paragraph", () => {
    const text =
      "Data Analyst - Growth\nWe're hiring a data analyst for our growth team in Porto. Must have: advanced SQL and Tableau. You'll partner with marketing. Experience with Amplitude would be a bonus.";
    const units = layoutPosting(text).units.map((u) => text.slice(u.start, u.end));
    expect(units).toContain("Must have: advanced SQL and Tableau.");
    expect(kinds(text)).toMatchObject({ sql: "must", tableau: "must", amplitude: "preferred" });
  });

  test("a short question can head a section: 'Who are you?', 'Is this you?'", () => {
    expect(parseHeading("Who are you?")?.label).toBe("requirements");
    expect(parseHeading("Does this sound like you?")?.label).toBe("requirements");
    expect(parseHeading("Is this role open to contractors based in Canada or Mexico?")).toBeNull();
    expect(kinds("Who are you?\n- Strong Kotlin\n- Some Ktor")).toMatchObject({ kotlin: "must" });
  });

  test("a stated demand inside the role description counts; the duties and the company story do not", () => {
    const text =
      "## The role\nYou'll build our billing platform in Go and operate it on AWS.\nYou'll need 5+ years of backend experience and strong PostgreSQL.\n\n## About us\nFounded by engineers with 20 years of experience in fintech and Kafka.";
    expect(kinds(text)).toEqual({ "back-end-development": "must", postgresql: "must" });
  });

  test("an explicit 'required' inside a preferred section stays must", () => {
    const text = "Preferred: LoRA fine-tuning and LangGraph. 2+ years of professional experience required.";
    expect(extractRequirements(text).overallMinYears).toBe(2);
  });
});

describe("voice inside a requirement", () => {
  test("a company stack clause or bracket makes its tools preferred, not must", () => {
    expect(kinds("Requirements\n- Good SQL skills (we run on Microsoft SQL Server and PostgreSQL)")).toMatchObject({
      sql: "must",
      "microsoft-sql-server": "preferred",
      postgresql: "preferred",
    });
    const clause = kinds("Requirements\n- Code in Go or Python; our backend is Go and our mobile clients are Kotlin and Swift");
    expect(clause).toMatchObject({ go: "must", python: "must", kotlin: "preferred", swift: "preferred" });
    expect(clause["back-end-development"]).toBeUndefined();
  });

  test("'we don't mind if you came from Java' and 'no X needed' are not requirements", () => {
    const text =
      "Backend role\n\nYou should have 5+ years of backend development experience, at least 3 of them writing production Go (we don't mind if you came from Java or C#, but you need to be fluent in Go today).";
    const found = kinds(text);
    expect(found.go).toBe("must");
    expect(found.java).toBeUndefined();
    expect(found["c-sharp"]).toBeUndefined();
    expect(years(text).go).toBe(3);
    expect(kinds("Requirements\n- Terraform or Pulumi\n- No Java experience needed")).not.toHaveProperty("java");
    expect(kinds("Contract\nNo backend work, but being able to read our Laravel code helps.")).not.toHaveProperty("back-end-development");
  });

  test("'You'll work with Go, React and Kafka' in a headingless post names the stack", () => {
    const text = "Nimbus | Senior Engineer | Remote\n\nWe build analytics. You'll work with Go, TypeScript/React, ClickHouse and Kafka. You must know Go well.";
    expect(kinds(text)).toMatchObject({ go: "must", react: "preferred", clickhouse: "preferred", "apache-kafka": "preferred" });
    expect(kinds("Acme | Engineer\n\nYou'll work with our design team on onboarding flows.")).toEqual({});
  });

  test("a firm demand with a softened tail keeps the demand must", () => {
    const text = "Clinic OS | Founding Engineer | NYC\n\nWe're looking for someone who has built and scaled backend systems, ideally in healthcare.";
    expect(kinds(text)).toMatchObject({ "back-end-development": "must", healthcare: "preferred" });
  });

  test("'is welcome', 'is nice' and 'helps' soften a requirement", () => {
    expect(kinds("Requirements\n- Solid TypeScript; some Java is welcome")).toMatchObject({ typescript: "must", java: "preferred" });
    expect(kinds("Vue contractor\n\nTypeScript is a must. Knowing Nuxt is nice.")).toMatchObject({ typescript: "must", nuxt: "preferred" });
  });

  test("a reason clause about time zones does not make the skill an eligibility condition", () => {
    expect(kinds("Requirements\n- Clear written communication: most of our collaboration happens across three time zones")).toHaveProperty(
      "communication",
    );
  });
});

describe("lists and head nouns", () => {
  test("an item shares the head noun of a later item: 'application or product security', 'unit and UI testing'", () => {
    const found = kinds("Requirements\n- Five years of experience in application or product security, with hands-on secure code review");
    expect(found).toMatchObject({ "application-security": "must", "product-security": "must", "secure-code-review": "must" });
    expect(kinds("Requirements\n- Unit and UI testing with XCTest and Espresso")).toMatchObject({ "unit-testing": "must", "ui-testing": "must" });
    expect(kinds("Requirements\n- Strong presentation and data storytelling skills are required")).toHaveProperty("presentation-skills");
  });

  test("a role noun names a discipline, its plural names colleagues", () => {
    expect(kinds("Requirements\n- At least two years of experience in a data or business analyst role")).toMatchObject({
      "data-analysis": "must",
      "business-analysis": "must",
    });
    expect(kinds("Requirements\n- You explain trade-offs clearly to data scientists and product managers")).not.toHaveProperty("data-science");
  });

  test("'non-technical' does not name technical leadership", () => {
    expect(kinds("Requirements\n- Present findings to non-technical leaders")).not.toHaveProperty("technical-leadership");
  });
});

describe("years and context", () => {
  test("decades count as years, and generic phrasings set the posting's bar", () => {
    expect(findYearsMentions("A decade of industry experience").map((m) => m.years)).toEqual([10]);
    expect(findYearsMentions("over two decades in trading").map((m) => m.years)).toEqual([20]);
    expect(extractRequirements("Requirements\n- A decade of industry experience, including 4 years running Kubernetes").overallMinYears).toBe(10);
    expect(extractRequirements("BASIC QUALIFICATIONS\n- 3+ years of non-internship professional software development experience").overallMinYears).toBe(3);
    expect(extractRequirements("Minimum qualifications:\n5 years of experience with software development in one or more programming languages.").overallMinYears).toBe(5);
  });

  test("'N years in software engineering' is the general bar; a figure for a discipline stays with it", () => {
    const analysis = extractRequirements("You have\n- 7+ years in software engineering, 3+ in data infrastructure");
    expect(analysis.overallMinYears).toBe(7);
    expect(analysis.skills.find((s) => s.id === "software-engineering")).toBeUndefined();
  });

  test("'a data analyst with 2-4 years of experience' gives the years to the role, not the posting", () => {
    const analysis = extractRequirements("Growth analyst\n\nWe're hiring a data analyst with 2-4 years of experience. Advanced SQL is a must.");
    expect(analysis.overallMinYears).toBeNull();
    expect(analysis.skills.find((s) => s.id === "data-analysis")?.minYears).toBe(2);
  });

  test("a guarded tool name reads the posting's title as context", () => {
    expect(kinds("Staff Data Engineer - Remote\n\nRequirements\n- Spark and Kafka\n\nNice: Kubernetes, dbt")).toMatchObject({ dbt: "preferred" });
    expect(kinds("Frontend Engineer\n\nRequirements\n- React and CSS\n\nNice: dbt")).not.toHaveProperty("dbt");
  });

  test("a spoken language that opens a requirement is asked for; one in a nationality phrase is not", () => {
    expect(kinds("Nice to have\n- Dutch is a plus")).toMatchObject({ dutch: "preferred" });
    expect(kinds("Requirements\n- German citizenship")).not.toHaveProperty("german");
  });
});
