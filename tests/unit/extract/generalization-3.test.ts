/**
 * Third round of structural rules, each with a fragment written like a real posting: "What we use:"
 * stack labels, a stack the company disclaims for the role ("you won't need any of that"), hiring
 * statements ("we need another engineer who can ..."), reassurances ("if you're rusty on X, that's
 * fine"), "we run PyTorch models on ..." inside a preferred item, "N years of experience as a
 * software engineer" as the general bar, and word guards (lowercase "oracle", "messaging").
 */
import { extractRequirements } from "@/lib/analysis/extract";
import { parseLabelPrefix } from "@/lib/analysis/extract/sections";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

describe("stack statements", () => {
  test("'What we use:' labels a stack line", () => {
    expect(parseLabelPrefix("What we use: PHP 8.3, Laravel 11, Redis")?.label).toBe("stack");
    const text = "What you bring:\n- Strong Laravel experience\n\nWhat we use: PHP 8.3, Laravel 11, MySQL 8, Redis, Tailwind CSS, GitHub Actions.";
    const found = kinds(text);
    expect(found.redis).toBe("preferred");
    expect(found["tailwind-css"]).toBe("preferred");
    expect(found["github-actions"]).toBe("preferred");
  });

  test("a stack the company says the candidate won't need is not a requirement", () => {
    const text =
      "Our iOS app is written in Swift, Android in Kotlin, and the backend is a set of Go services, but you won't need any of that here.\n\nRequirements:\n- Advanced SQL";
    const found = kinds(text);
    expect(found.swift).toBeUndefined();
    expect(found.kotlin).toBeUndefined();
    expect(found.sql).toBe("must");
  });

  test("'we run PyTorch models exported to TensorRT' inside a nice-to-have keeps its tools as preferred", () => {
    const text =
      "Nice to have:\n- Computer vision or deep learning for plant detection (we run PyTorch models exported to TensorRT on NVIDIA Jetson)";
    const found = kinds(text);
    expect(found.pytorch).toBe("preferred");
    expect(found.tensorrt).toBe("preferred");
  });
});

describe("sentences that ask nothing of the candidate", () => {
  test("a hiring statement names the job, not requirements", () => {
    const text =
      "We're a seed-stage team of nine, and we need another engineer who can take a feature from a Figma sketch to production by Friday.\n\nRequirements:\n- TypeScript";
    expect(kinds(text).figma).toBeUndefined();
  });

  test("a hiring statement with a stated demand still counts", () => {
    const text = "We need an engineer with 5+ years of experience in Kotlin.";
    expect(kinds(text).kotlin).toBe("must");
  });

  test("a reassurance about a gap is not a preference", () => {
    const text =
      "Nice to have:\n- Rust\n\nIf you're a little rusty on the math behind interest-rate curves, that's fine; we'll go through it together.";
    expect(kinds(text).mathematics).toBeUndefined();
  });
});

describe("years", () => {
  test("'N years of experience as a software engineer, at least M of them with X'", () => {
    const analysis = extractRequirements(
      "Your profile\n- 6+ years of experience as a software engineer, at least 3 of them with C# and .NET",
    );
    expect(analysis.overallMinYears).toBe(6);
    expect(analysis.skills.find((s) => s.id === "c-sharp")?.minYears).toBe(3);
  });
});

describe("word guards and longer names", () => {
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

  test("Render the host needs a deployment word nearby", () => {
    expect(kinds("We use Django 5 and Docker, deployed on Render.").render).toBe("preferred");
    expect(kinds("Requirements:\n- Render React components on the server").render).toBeUndefined();
  });

  test("a platform's app development is the platform, not generic application development", () => {
    const found = kinds("Bonus points:\n- Familiarity with Shopify app development");
    expect(found.shopify).toBe("preferred");
    expect(found["application-development"]).toBeUndefined();
  });
});
