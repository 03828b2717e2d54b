/**
 * Rule: an inline label ("Tech: ...", "Must have: ...", "Nice: ...", "Bonus Points - ...") sets the
 * section of its own line or sentence only, and a lead-in sentence ending in a colon ("we expect you
 * to be comfortable with the following:") sets the kind of the bullets after it. A phrase before a
 * colon is a label only when it is heading vocabulary; "Care about testing:" or "Payments
 * experience, ideally with Stripe:" are requirements that happen to contain a colon.
 */
import { parseLabelPrefix } from "@/lib/analysis/extract/sections";
import { layoutPosting } from "@/lib/analysis/extract/units";
import { kinds } from "./support";

describe("inline labels", () => {
  test("a known label opens its own line: 'Tech: ...', 'Nice to have: ...', '*Benefits*: ...'", () => {
    expect(parseLabelPrefix("Tech: C#/.NET 8, SQL Server, kdb")?.label).toBe("stack");
    expect(parseLabelPrefix("Nice to have: API integrations, Linux")?.label).toBe("preferred");
    expect(parseLabelPrefix("Benefits: Generous health insurance")?.label).toBe("benefits");
    expect(parseLabelPrefix("Apply here: https://example.com/jobs")?.label).toBe("apply");
    expect(parseLabelPrefix("Fluent in at least two of: Dutch / English / French")).toBeNull();
    expect(parseLabelPrefix("https://example.com/jobs")).toBeNull();
  });

  test("a label line sets the section of that line only", () => {
    const text = "Requirements\n- Nice to have: Linux\n- PostgreSQL";
    expect(layoutPosting(text).units.map((u) => u.section)).toEqual(["preferred", "requirements"]);
  });

  test("a bare 'Nice:' label after a requirement list: 'Nice: Kubernetes, Terraform'", () => {
    expect(kinds("Requirements\n- Strong Scala\n\nNice: Kubernetes, Terraform")).toMatchObject({ scala: "must", kubernetes: "preferred" });
  });

  test("a label inside a paragraph opens a section there: '... in Lisbon. Must have: advanced SQL, Looker and Excel.'", () => {
    const text =
      "Growth Data Analyst\nWe're hiring a data analyst in Lisbon. Must have: advanced SQL, Looker and Excel. Knowledge of Python is a plus.";
    expect(kinds(text)).toMatchObject({ sql: "must", looker: "must", "microsoft-excel": "must", python: "preferred" });
  });

  test("a stack label covers only its own sentence: 'Tech: Django, Postgres, React. You should know Django deeply ...'", () => {
    const stack = "Lumen | Backend Engineer | NYC\n\nWe're six people. Tech: Django, Postgres, React. You should know Django deeply and be comfortable with Terraform.";
    expect(kinds(stack)).toMatchObject({ django: "must", postgresql: "preferred", react: "preferred", terraform: "must" });
  });

  test("'Bonus Points - Formal Verification, Blockchain' is preferred without a colon", () => {
    const found = kinds("Requirements:\n* Strong background in software engineering\n* Bonus Points - Formal Verification, Blockchain Knowledge");
    expect(found).toMatchObject({ "software-engineering": "must", "formal-verification": "preferred", blockchain: "preferred" });
  });

  test("a tool label inside a requirement list names required tools: 'EDR tooling: CrowdStrike Falcon, ...'", () => {
    const found = kinds("## What you need\n\n- EDR tooling: CrowdStrike Falcon, Microsoft Defender for Endpoint or SentinelOne\n- Splunk (SPL)");
    expect(found.crowdstrike).toBe("must");
    expect(found["splunk-spl"]).toBe("must");
  });
});

describe("colons that are not labels", () => {
  test("a comma phrase before a colon is a label only when it is heading vocabulary", () => {
    expect(parseLabelPrefix("Payments experience, ideally with Stripe: webhooks, refunds")).toBeNull();
    expect(parseLabelPrefix("Nice to have, not required: Rust")?.label).toBe("preferred");
    expect(kinds("Requirements:\n- Payments experience, ideally with Stripe: webhooks, refunds")).toMatchObject({ payments: "must", stripe: "preferred" });
  });

  test("'Care about testing: we use ...' in a requirement list keeps its tools as must", () => {
    const found = kinds("Requirements\n- 5+ years of Python\n- Care about testing: we use pytest and Playwright for end-to-end\n- Passionate about accessibility: WCAG 2.1\n");
    expect(found.pytest).toBe("must");
    expect(found.playwright).toBe("must");
    expect(found["web-accessibility"]).toBe("must");
  });
});

describe("lead-ins ending in a colon", () => {
  test("'we expect you to be comfortable with the following:' makes its bullets must", () => {
    const found = kinds("If you are a backend engineer, we expect you to be comfortable with the following:\n\n  * Linux, networking, and security.\n  * Go");
    expect(found).toMatchObject({ linux: "must", go: "must" });
  });
});

describe("a lead-in that plainly asks ends a description of duties", () => {
  test("bullets after 'We're looking for someone with:' under a responsibilities heading are demands", () => {
    const text = "Example responsibilities:\n\n- Build agents that triage failures in our deployment pipelines.\n\nWe're looking for someone with:\n\n- Proficiency in Python.\n- Experience with Kubernetes.";
    expect(kinds(text)).toMatchObject({ python: "must", kubernetes: "must" });
  });

  test("'You will do the following:' under duties leaves the duties duties (their tools the stack, not demands)", () => {
    expect(kinds("Responsibilities:\n\nIn this role you will do the following:\n\n- Migrate services to Kubernetes.").kubernetes).not.toBe("must");
  });
});

describe("a bullet after a lead-in keeps its company clauses apart", () => {
  test("'Our application is built in Rails' in a bullet after 'We are looking for:' names the stack (preferred)", () => {
    const text = "Acme makes roadmaps. We are looking for:\n\n* Devops engineers with Ruby experience.\n\n* Experienced full-stack engineers. Our application is built in Ruby on Rails, with React on the frontend.";
    expect(kinds(text)).toMatchObject({ ruby: "must", "ruby-on-rails": "preferred", react: "preferred" });
  });
});
