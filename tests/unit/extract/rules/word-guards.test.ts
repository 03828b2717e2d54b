/**
 * Rule: a skill name that is also an everyday word, or a generic word that a field uses in a narrow
 * sense, counts only in its context: Render needs a deployment word, Pix a payment context, Lumen
 * Unreal, "media" an industry reading, a bare "API" a web context, a spoken language a language
 * context, "oracle" a capital letter, an orchestrator data tools, and a tool like dbt a data
 * posting (read from the title). Without the context the word stays a word.
 */
import { analyze, kinds } from "./support";

describe("names that need their context", () => {
  test("Render the host needs a deployment word nearby", () => {
    expect(kinds("We use Django 5 and Docker, deployed on Render.").render).toBe("preferred");
    expect(kinds("Requirements:\n- Render React components on the server").render).toBeUndefined();
  });

  test("Pix the payment method needs a payments context, not 'Pix-perfect'", () => {
    expect(kinds("Requirements:\n- Payments knowledge, including local methods such as Pix")).toHaveProperty("pix-payments");
    expect(kinds("Requirements:\n- Pix-perfect UI work")).not.toHaveProperty("pix-payments");
  });

  test("Lumen the Unreal feature: 'Unreal Engine 5, Lumen and Nanite'", () => {
    expect(kinds("Nice to have:\n- Production experience with Unreal Engine 5, Lumen and Nanite")).toMatchObject({ "unreal-lumen": "preferred", "unreal-nanite": "preferred" });
  });

  test("media the industry: 'Experience in media or pricing', not 'responsive media components'", () => {
    expect(kinds("Nice to have:\n- Experience in media or pricing")).toHaveProperty("media-and-entertainment");
    expect(kinds("Requirements:\n- Build responsive media components")).not.toHaveProperty("media-and-entertainment");
  });

  test("a bare API needs a web context; a graphics API or API keys are something else", () => {
    expect(kinds("Requirements:\n- FHIR R4 resources and APIs")).not.toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- Solid experience with APIs and microservices")).toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- A modern graphics API: DirectX 12 or Vulkan")).not.toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- Authentication (OAuth 2.0, API keys)")).not.toHaveProperty("web-apis");
  });

  test("a guarded tool name reads the posting's title as context: dbt in a data posting, not a frontend one", () => {
    expect(kinds("Staff Data Engineer - Remote\n\nRequirements\n- Spark and Kafka\n\nNice: Kubernetes, dbt")).toMatchObject({ dbt: "preferred" });
    expect(kinds("Frontend Engineer\n\nRequirements\n- React and CSS\n\nNice: dbt")).not.toHaveProperty("dbt");
  });

  test("a spoken language that opens a requirement is asked for: 'Dutch is a plus'", () => {
    expect(kinds("Nice to have\n- Dutch is a plus")).toMatchObject({ dutch: "preferred" });
  });

  test("a spoken language in a nationality phrase is not: 'German citizenship'", () => {
    expect(kinds("Requirements\n- German citizenship")).not.toHaveProperty("german");
  });

  test("an orchestrator named with data tools is workflow orchestration", () => {
    const found = kinds("Requirements:\n- Experience with an orchestrator such as Airflow, Dagster or Prefect\n");
    expect(found["workflow-orchestration"]).toBe("must");
    expect(found["apache-airflow"]).toBe("must");
  });

  test("a container orchestrator alone is not workflow orchestration", () => {
    expect(kinds("Requirements:\n- Kubernetes as a container orchestrator\n")["workflow-orchestration"]).toBeUndefined();
  });
});

describe("words that stay words", () => {
  test("lowercase 'oracle manipulation' is a smart-contract attack, not the database", () => {
    const found = kinds("Requirements:\n- Deep understanding of the EVM and common smart contract vulnerabilities (reentrancy, oracle manipulation)");
    expect(found["oracle-database"]).toBeUndefined();
    expect(found["motion-planning"]).toBeUndefined();
    expect(found["smart-contract-security"]).toBe("must");
  });

  test("'cross-chain messaging' and 'ISO 20022 messaging' are not message queues", () => {
    const found = kinds("Nice to have:\n- Layer 2s and cross-chain messaging (LayerZero, CCIP)\n- ISO 20022 messaging");
    expect(found.messaging).toBeUndefined();
    expect(found["cross-chain-messaging"]).toBe("preferred");
    expect(found["chainlink-ccip"]).toBe("preferred");
    expect(found["iso-20022"]).toBe("preferred");
  });

  test("'non-technical' does not name technical leadership", () => {
    expect(kinds("Requirements\n- Present findings to non-technical leaders")).not.toHaveProperty("technical-leadership");
  });

  test("ordinary words stay words without their context", () => {
    const found = (text: string) => analyze(text).skills.map((s) => s.id);
    expect(found("Requirements:\n- Comfortable presenting financial projections to the board")).not.toContain("coordinate-reference-systems");
    expect(found("Requirements:\n- You enjoy the stereo setup in our office")).not.toContain("stereo-vision");
    expect(found("Requirements:\n- Martin will be your manager")).not.toContain("martin-tile-server");
    expect(found("Requirements:\n- Strong sense of workflow and ownership")).not.toContain("kotlin-flow");
  });
});

describe("names written in lowercase inside a list", () => {
  test("'python, react, tailwind' and 'python, go, rust' name the tools", () => {
    const found = kinds("We love python, react, tailwind, OpenAI and Google Cloud.\n\nOur stack: python, go, rust, postgres.");
    expect(found.react).toBe("preferred");
    expect(found.go).toBe("preferred");
    expect(found.rust).toBe("preferred");
  });

  test("the same words in prose stay words", () => {
    const found = kinds("Requirements:\n- You react to incidents calmly and go the extra mile\n- Python");
    expect(found.react).toBeUndefined();
    expect(found.go).toBeUndefined();
    expect(found.python).toBe("must");
  });
});

describe("AI: a skill only as an item of a list of skills", () => {
  test("listed beside skills it is asked for", () => {
    expect(kinds("Nice to have:\n- Deep Learning, AI, GPU programming")).toHaveProperty("artificial-intelligence");
    expect(kinds("If you're interested in scaling data pipelines, rules engines, AI, data science, let's talk.")).toHaveProperty("artificial-intelligence");
  });

  test("as the subject of the company or the product it is not", () => {
    expect(kinds("Requirements:\n- Build our AI-powered research platform with Python")).not.toHaveProperty("artificial-intelligence");
    expect(kinds("We build AI agents for customer support.\n\nRequirements:\n- 3+ years of Python")).not.toHaveProperty("artificial-intelligence");
    expect(kinds("Requirements:\n- Experience shipping AI features in Python")).not.toHaveProperty("artificial-intelligence");
  });
});

describe("ownership: the culture, unless listed as a skill", () => {
  test("'operate with a high level of ownership', 'we value autonomy and ownership' ask for no skill", () => {
    expect(kinds("Requirements:\n- You operate with a high level of ownership.\n- We value autonomy and ownership.")).not.toHaveProperty("ownership");
  });

  test("in a list of skills it counts", () => {
    expect(kinds("Requirements:\n- Communication, ownership, mentoring")).toHaveProperty("ownership");
  });
});

describe("the company's name without its link", () => {
  test("'Foundry [https://mlfoundry.com/]' hires; 'Temporal' at Temporal Technologies is the company", () => {
    expect(kinds("Temporal Technologies - Multiple positions in United States - WORK FROM HOME - FULL-TIME -\n\nTemporal in 7 minutes: https://temporal.io/tldr\n\nRequirements:\n- Go")).not.toHaveProperty("temporal");
  });
});
