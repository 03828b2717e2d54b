/**
 * Rule: a mention is dropped only on positive evidence that it is not asked of the candidate. The
 * evidence is a sentence that describes something other than the candidate: the company, what it
 * sells, connects to or is trusted by, the work ahead, the job's logistics, benefits, the writer or
 * the team, a hiring statement that only names the job, or a reassurance about a gap. Sections for
 * responsibilities, the company and benefits are context. A reason clause or a closing word inside
 * a real requirement does not make it ask nothing.
 */
import { layoutPosting } from "@/lib/analysis/extract/units";
import { analyze, ids, kinds, years } from "./support";

describe("context sections", () => {
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
    const analysis = analyze(text);
    expect(analysis.skills.map((s) => s.id)).toEqual(["python"]);
    expect(analysis.requirements.map((r) => r.section)).toEqual(["requirements"]);
  });

  test("'Benefits include ...' prose is not a requirement", () => {
    expect(analyze("Benefits include fully covered health insurance, a yearly team trip and a four-week sabbatical after three years.").skills).toEqual([]);
  });
});

describe("the company speaking about itself", () => {
  test("company voice inside a requirement bullet is context: 'We build ... and value scalability'", () => {
    const found = ids("Requirements\n- Experience with Python. We build our own systems and value scalability - we need a capable back-end engineer");
    expect(found).toContain("python");
    // "a capable back-end engineer" names who is hired, not a skill (as the labelled sets read it).
    expect(found).not.toContain("back-end-development");
    expect(found).not.toContain("scalability");
  });

  test("the company talking about itself before the headings asks nothing, whatever its cue words", () => {
    const text =
      "Unlike most brands our size we don't run on Shopify: checkout and subscriptions all live in a Rails monolith we've grown for eight years.\n\nRequirements:\n- 3+ years with Ruby on Rails";
    expect(ids(text)).not.toContain("shopify");
    expect(years(text)["ruby-on-rails"]).toBe(3);
  });

  test("what the company sells or connects to is not its stack", () => {
    expect(ids("Acme is a BI tool. It connects to a number of databases (BigQuery, Redshift, Snowflake, Postgres, MySQL).")).toEqual([]);
  });

  test("customers and backers named as a list ask nothing", () => {
    expect(ids("Trusted by PayPal, Synthesia, CoreWeave and Mistral to handle their billing.")).toEqual([]);
  });

  test("'most of our collaboration is async' is the company speaking", () => {
    const found = kinds("Requirements\n- Clear written communication; most of our collaboration is async\n");
    expect(found.communication).toBe("must");
    expect(found.collaboration).toBeUndefined();
  });

  test("sentences about the writer or the team are not demands", () => {
    expect(ids("I am proficient in Java, Spring and Hibernate.\nOn any given day, they may write Rust and Kotlin.")).toEqual([]);
  });
});

describe("the job described, not asked", () => {
  test("pay and benefits are what the job gives: 'health insurance' is not the insurance domain", () => {
    const text =
      "Requirements:\n- Python\n\nFor US roles, you can expect regular raises & bonuses, equity, and benefits including: health insurance, 401k matching (Vanguard), annual learning stipend, unlimited PTO, parental leave, and more.";
    expect(kinds(text)).toEqual({ python: "must" });
  });

  test("a hiring statement names the job, not requirements", () => {
    const text =
      "We're a seed-stage team of nine, and we need another engineer who can take a feature from a Figma sketch to production by Friday.\n\nRequirements:\n- TypeScript";
    expect(kinds(text).figma).toBeUndefined();
  });

  test("'Recent projects include ...' describes the job, not a requirement", () => {
    const found = kinds("Recent projects include a new search experience on top of Elasticsearch.\n\nRequirements\n- Strong Python\n");
    expect(found.elasticsearch).toBeUndefined();
    expect(found.python).toBe("must");
  });

  test("prose after a requirement list that describes the job or the company has left the list", () => {
    const text =
      "Nice to have:\n- Helm or Kustomize\n- OpenTelemetry\n\nYou'll be on call one week in five (paid, with a day off afterwards).\n\nOur toolchain is Perforce, Jira and Jenkins.";
    const found = kinds(text);
    expect(found).not.toHaveProperty("on-call");
    expect(found).toMatchObject({ helm: "preferred", perforce: "preferred", jira: "preferred" });
    const units = layoutPosting(text).units;
    expect(units.filter((u) => u.afterList).length).toBe(2);
  });

  test("a reassurance about a gap is not a preference", () => {
    const text =
      "Nice to have:\n- Rust\n\nIf you're a little rusty on the math behind interest-rate curves, that's fine; we'll go through it together.";
    expect(kinds(text).mathematics).toBeUndefined();
  });

  test("eligibility conditions are not skills", () => {
    expect(analyze("Requirements\n- This role requires German/European citizenship due to regulatory requirements.").skills).toEqual([]);
  });
});

describe("a requirement keeps its skills despite words that look like context", () => {
  test("a reason clause about time zones does not make the skill an eligibility condition", () => {
    expect(kinds("Requirements\n- Clear written communication: most of our collaboration happens across three time zones")).toHaveProperty(
      "communication",
    );
  });

  test("'send us' inside a relative clause does not close the posting", () => {
    const found = kinds("It's a plus if you've worked with vector tiles or with ArcGIS Pro, which a few of our customers still send us files from.");
    expect(found["vector-tiles"]).toBe("preferred");
    expect(found.arcgis).toBe("preferred");
  });
});

describe("the company or the writer describing itself", () => {
  test("a product compared with others names no stack", () => {
    const found = kinds("Count is like Jupyter, Tableau and Miro combined in one tool.\n\nRequirements:\n- Strong TypeScript");
    expect(found["jupyter-notebooks"]).toBeUndefined();
    expect(found.tableau).toBeUndefined();
    expect(found.typescript).toBe("must");
  });

  test("the company building on a platform still names its stack", () => {
    expect(kinds("Quantico is building a trading platform on Kubernetes.").kubernetes).toBe("preferred");
  });

  test("a job seeker's sentences after a connector describe the writer", () => {
    const found = kinds(
      "Additionally, I have experience in migration projects, integration testing, and automation testing.\nIn my recent role as a Java Developer in a Bank, I served as a Technical Lead.",
    );
    expect(found["integration-testing"]).toBeUndefined();
    expect(found["technical-leadership"]).toBeUndefined();
  });
});

describe("a posting that asks nothing in so many words", () => {
  test("still names the tools of the work ahead, as the stack", () => {
    const found = kinds(
      "EggAI - AI engineer - Remote\n\nWe are a small boutique consultancy.\n\nYou'll design and implement backend services and event-driven architectures using modern Python, Pydantic and FastAPI.",
    );
    expect(found.python).toBe("preferred");
    expect(found.fastapi).toBe("preferred");
  });
});

describe("backers and customers are never skills", () => {
  test("bullets after 'We're backed by the best:' name people and companies, not tools", () => {
    const text = "Acme - Senior Engineer - London\n\nWe're backed by the best:\n- Y Combinator\n- Dylan Field (Figma CEO)\n- Tobias Lütke (Shopify)\n\nOur Tech Stack: TypeScript, React, PostgreSQL";
    const found = ids(text);
    expect(found).toEqual(expect.arrayContaining(["typescript", "react", "postgresql"]));
    expect(found).not.toContain("figma");
    expect(found).not.toContain("shopify");
  });

  test("an 'Investors:' line is about the company", () => {
    const text = "Investors: We're well funded with investors like General Catalyst, Anthropic, Neo and founders from startups you know like Notion and Brex.\n\nRequirements:\n- Python";
    expect(ids(text)).toEqual(["python"]);
  });
});

describe("the team described", () => {
  test("'Layer Health's founding team brings expertise across machine learning, UI/UX' asks nothing", () => {
    const text = "Acme - Eng\n\nLayer Health’s diverse founding team brings expertise across machine learning, UI/UX, large language models, and medicine.\n\nRequirements:\n- Python";
    expect(ids(text)).toEqual(["python"]);
  });
});
