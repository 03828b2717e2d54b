/**
 * Rule: a sentence that states a demand on the candidate asks for its skills as must, in any voice
 * and under any heading or none: "you should know", "you'll need", "we're looking for ... with",
 * "we need an engineer with", "hands-on experience with", "you've shipped", "you should care
 * about", "we care a lot about", "is expected", "but you do need". A demand inside the role
 * description or next to a company clause keeps its skills; the duties around it do not.
 */
import { kindOf, kinds } from "./support";

describe("demands in prose", () => {
  test("'but you do need' turns a company sentence into a demand", () => {
    const found = kinds("We don't have hard requirements around degrees - but you do need hands-on experience with LLMs and vector databases.");
    expect(found).toMatchObject({ "large-language-models": "must", "vector-databases": "must" });
  });

  test("'we're looking for ... data scientists with ML experience' is a demand however many words stand between", () => {
    expect(kinds("We're looking for experienced (ideally mid to senior-level), product-focused data scientists with ML experience.")["machine-learning"]).toBe("must");
  });

  test("a requirement that opens with what it asks for stays one, even in the company's words", () => {
    expect(kinds("Experience with Kafka, which we use heavily.")).toMatchObject({ "apache-kafka": "must" });
  });

  test("'you should care about ...' is a demand", () => {
    expect(kinds("Our users are on slow networks, so you should care about accessibility.")).toMatchObject({ "web-accessibility": "must" });
  });

  test("'you've shipped ...' and 'hands-on experience with ...' are demands in a posting without headings", () => {
    expect(kinds("Acme is hiring.\nYou've built dashboards in Looker and Amplitude.\nHands-on experience with Kafka.")).toMatchObject({
      looker: "must",
      amplitude: "must",
      "apache-kafka": "must",
    });
  });

  test("a hiring statement with a stated demand still counts: 'We need an engineer with 5+ years of experience in Kotlin.'", () => {
    expect(kinds("We need an engineer with 5+ years of experience in Kotlin.").kotlin).toBe("must");
  });

  test("'We care a lot about X' in a posting without headings is a must", () => {
    const found = kinds(
      "We are looking for an engineer who is strong in Python. We care a lot about structured outputs and function calling, and experience with LangGraph is a plus.",
    );
    expect(found["structured-outputs"]).toBe("must");
    expect(found["tool-calling"]).toBe("must");
    expect(found.langgraph).toBe("preferred");
  });

  test("'We care a lot about clear communication' keeps Communication", () => {
    const found = kinds("You should know Python well. We care a lot about clear communication with non-technical users, because you will sit with them weekly.");
    expect(found.communication).toBe("must");
  });
});

describe("demands beside the company's words", () => {
  test("a company clause joined by ', so' to a demand keeps the demanded skills as must", () => {
    const found = kinds(
      "Network Engineer. We automate what we can with Python, Ansible and NetBox, so a working knowledge of Python and Ansible is expected; experience with Batfish is nice to have.",
    );
    expect(found.python).toBe("must");
    expect(found.ansible).toBe("must");
    expect(found.netbox).toBe("preferred");
    expect(found.batfish).toBe("preferred");
  });

  test("a stated demand inside the role description counts; the duties and the company story do not", () => {
    const text =
      "## The role\nYou'll build our billing platform in Go and operate it on AWS.\nYou'll need 5+ years of backend experience and strong PostgreSQL.\n\n## About us\nFounded by engineers with 20 years of experience in fintech and Kafka.";
    expect(kinds(text)).toEqual({ "back-end-development": "must", postgresql: "must" });
  });

  test("'familiar with' under requirements stays must", () => {
    expect(kindOf("What makes you a great fit:\n- Familiar with building secure systems and testing.", "software-testing")).toBe("must");
  });
});

describe("the people the company is interested in", () => {
  test("'particularly interested in true full-stack engineers, with strong React skills' asks for them", () => {
    const found = kinds("We're particularly interested in true full-stack engineers, with strong React / Typescript / CSS skills.");
    expect(found.react).toBe("must");
    expect(found.typescript).toBe("must");
  });

  test("'If you are a talented developer who likes to work on low latency systems please get in touch' asks for them", () => {
    const text = "Acme - HFT - London\n\nIf you are a talented developer who likes to work on low latency systems please get in touch.";
    expect(kinds(text)).toMatchObject({ "low-latency-systems": "must" });
    expect(kinds("Acme - HFT - London\n\nIf you are interested in low latency systems, please get in touch.")).toEqual({});
  });
});

describe("demands with an adverb or 'backgrounds'", () => {
  test("'we're looking primarily for backgrounds in C++ and/or JavaScript' asks for them", () => {
    const text = "Acme - Engineers - Remote\n\nYou have 3+ years of Python.\n\nStacks vary, but we're looking primarily for backgrounds in C++ and/or JavaScript (Node, TypeScript, React).";
    expect(kinds(text)).toMatchObject({ "c-plus-plus": "must", javascript: "must", typescript: "must" });
  });
});

describe("lettered conditions", () => {
  test("'if you are: a) authorized to work in the USA, b) have 4+ years of front-end dev experience' asks for front-end development", () => {
    const text = "Acme - Engineers\n\nYou are guaranteed a call if you are: a) authorized to work in the USA, b) have more than 4 years of front-end dev experience.";
    expect(kinds(text)).toMatchObject({ "front-end-development": "must" });
  });
});

describe("demands in the writer's or the candidate's voice", () => {
  test("'I am looking for a Software Engineer with strong expertise in HPC' asks for HPC", () => {
    expect(kinds("Acme - Eng\n\nI am looking for a (Senior) Software Engineer with strong expertise in HPC to join our R&D team.")).toMatchObject({ "high-performance-computing": "must" });
  });

  test("'We look for someone with ... experience with developing compilers' asks for compilers", () => {
    expect(kinds("Acme - Eng\n\nWe look for someone with a liking for software craftmanship, experience with developing compilers.")).toMatchObject({ compilers: "must" });
  });

  test("'You are proficient in ... and experienced with SIMD' asks; it does not describe the company", () => {
    expect(kinds("Acme - Eng\n\nYou are proficient in modern C and experienced with SIMD, hardware offloading and safety.")).toMatchObject({ simd: "must" });
  });
});
