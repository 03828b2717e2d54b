/**
 * The recall-first rules (docs/extraction.md), one group per rule, each a short real-looking
 * posting: every skill mention is kept unless there is positive evidence it is not asked.
 */
import { analyzePosting } from "@/lib/analysis/analyze-posting";

const kinds = (text: string) => Object.fromEntries(analyzePosting(text).analysis.skills.map((s) => [s.id, s.kind]));
const ids = (text: string) => analyzePosting(text).analysis.skills.map((s) => s.id);

describe("a line nothing marks is read, not dropped", () => {
  test("a bare bullet of tools with no heading and no verb is the stack", () => {
    const found = kinds("Acme | Full stack engineer | Remote\n\n- Full stack – JS, React, Python, Pandas, C++, KDB, SQL, Postgre, Spark");
    expect(found).toMatchObject({ javascript: "preferred", react: "preferred", python: "preferred", "kdb-plus": "preferred", postgresql: "preferred" });
  });
  test("a stack sentence in any shape: 'Our stack is javascript+React on the FE, python on the BE'", () => {
    expect(ids("Our stack is javascript+React on the FE, python on the BE, with an AWS infrastructure.")).toEqual(
      expect.arrayContaining(["javascript", "react", "python", "amazon-web-services"]),
    );
  });
  test("a long label: 'Our tech stack for those curious: Mill, Scala, Vert.x, Spark, Iceberg, Flink'", () => {
    const found = kinds("Our tech stack for those curious: Mill, Scala, Vert.x, Spark, Iceberg, Flink.");
    expect(found).toMatchObject({ scala: "preferred", "apache-spark": "preferred", "apache-flink": "preferred" });
  });
  test("'but you do need' turns a company sentence into a demand", () => {
    const found = kinds("We don't have hard requirements around degrees - but you do need hands-on experience with LLMs and vector databases.");
    expect(found).toMatchObject({ "large-language-models": "must", "vector-databases": "must" });
  });
  test("'we're looking for ... data scientists with ML experience' is a demand however many words stand between", () => {
    expect(kinds("We're looking for experienced (ideally mid to senior-level), product-focused data scientists with ML experience.")["machine-learning"]).toBe("must");
  });
});

describe("positive evidence drops a mention", () => {
  test("what the company sells or connects to is not its stack", () => {
    expect(ids("Acme is a BI tool. It connects to a number of databases (BigQuery, Redshift, Snowflake, Postgres, MySQL).")).toEqual([]);
  });
  test("customers and backers named as a list ask nothing", () => {
    expect(ids("Trusted by PayPal, Synthesia, CoreWeave and Mistral to handle their billing.")).toEqual([]);
  });
  test("the company's product description keeps only the tools it is built with", () => {
    const found = ids("Our user-facing applications have React/TypeScript frontends and Golang backends, powering machine learning for biology.");
    expect(found).toEqual(expect.arrayContaining(["react", "typescript", "go"]));
    expect(found).not.toContain("machine-learning");
  });
  test("a tool being retired or not used is not asked", () => {
    expect(ids("Unlike most brands we don't run on Shopify. We still have a Jenkins box that we'd love you to retire.")).toEqual([]);
  });
  test("sentences about the writer or the team are not demands", () => {
    expect(ids("I am proficient in Java, Spring and Hibernate.\nOn any given day, they may write Rust and Kotlin.")).toEqual([]);
  });
});

describe("titles and openings name who is hired", () => {
  test("a title keeps its tools, as preferred, and drops the role's field", () => {
    const found = kinds("Phrasing - CTO - Elixir/ClojureScript - Senior Machine Learning Engineer - Remote\n\nWe build language tools.");
    expect(found).toMatchObject({ elixir: "preferred", clojurescript: "preferred" });
    expect(found["ml-engineering"]).toBeUndefined();
  });
  test("a line that only names an opening keeps its bracketed tools", () => {
    const found = kinds("Open roles:\n\nSenior Mobile Engineer (React Native)\nStaff Database Engineer\nCRM Specialist (German-speaking)");
    expect(found).toEqual({ "react-native": "preferred" });
  });
  test("'a Senior Back-end Engineer' is the role, 'strong back-end development skills' a demand", () => {
    expect(ids("We're growing and looking for a Senior Back-end Engineer to extend our platform.")).not.toContain("back-end-development");
    expect(ids("Requirements:\n- Strong back-end development skills in Go")).toContain("back-end-development");
  });
});

describe("lead-ins and labels set the kind of what follows", () => {
  test("'we expect you to be comfortable with the following:' makes its bullets must", () => {
    const found = kinds("If you are a backend engineer, we expect you to be comfortable with the following:\n\n  * Linux, networking, and security.\n  * Go");
    expect(found).toMatchObject({ linux: "must", go: "must" });
  });
  test("'Bonus Points - Formal Verification, Blockchain' is preferred without a colon", () => {
    const found = kinds("Requirements:\n* Strong background in software engineering\n* Bonus Points - Formal Verification, Blockchain Knowledge");
    expect(found).toMatchObject({ "software-engineering": "must", "formal-verification": "preferred", blockchain: "preferred" });
  });
});

describe("long-tail skills", () => {
  test("an unknown name in a list beside known skills comes back as new:<name>", () => {
    const skills = analyzePosting("Tech: Scala, Kafka, Zorblax, Spark").analysis.skills;
    expect(skills.find((s) => s.id === "new:zorblax")).toMatchObject({ name: "Zorblax", kind: "preferred" });
  });
  test("places, contract terms and labels in a list are not skills", () => {
    const found = ids("Stack: Scala, Kafka, Remote, Full-time, USA, www.acme.io");
    expect(found.filter((id) => id.startsWith("new:"))).toEqual([]);
  });
});
