/**
 * Fifth round of structural rules: "about" used as a preposition in a requirement bullet is not an
 * "About us" label, a product named then its parts after a colon is a stack line, "Recent projects
 * include ..." describes the job, "most of our ..." is the company speaking, and the real-time
 * collaboration / startup-experience / relational-schema families.
 */
import { extractRequirements } from "@/lib/analysis/extract";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

describe("labels and stack lines", () => {
  test("'Care about testing: we use ...' in a requirement list keeps its tools as must", () => {
    const found = kinds("Requirements\n- 5+ years of Python\n- Care about testing: we use pytest and Playwright for end-to-end\n- Passionate about accessibility: WCAG 2.1\n");
    expect(found.pytest).toBe("must");
    expect(found.playwright).toBe("must");
    expect(found["web-accessibility"]).toBe("must");
  });

  test("'Our product is a Go monolith: ...' names the stack as preferred", () => {
    const found = kinds(
      "We are a small team building billing software.\n\nOur platform is a Kotlin monolith: Spring Boot on the back end, MySQL via Hibernate, and RabbitMQ for jobs.\n\nRequirements\n- 3+ years of Kotlin\n",
    );
    expect(found["spring-boot"]).toBe("preferred");
    expect(found.mysql).toBe("preferred");
    expect(found.rabbitmq).toBe("preferred");
    expect(found.kotlin).toBe("must");
  });

  test("'Recent projects include ...' describes the job, not a requirement", () => {
    const found = kinds("Recent projects include a new search experience on top of Elasticsearch.\n\nRequirements\n- Strong Python\n");
    expect(found.elasticsearch).toBeUndefined();
    expect(found.python).toBe("must");
  });

  test("'most of our collaboration is async' is the company speaking", () => {
    const found = kinds("Requirements\n- Clear written communication; most of our collaboration is async\n");
    expect(found.communication).toBe("must");
    expect(found.collaboration).toBeUndefined();
  });
});

describe("taxonomy families", () => {
  test("real-time collaboration, startup experience and relational schemas", () => {
    const found = kinds(
      "Requirements\n- Experience designing relational schemas\n\nNice to have\n- Real-time collaboration (WebSockets)\n- Prior experience at an early-stage startup\n",
    );
    expect(found["data-modeling"]).toBe("must");
    expect(found["real-time-collaboration"]).toBe("preferred");
    expect(found["startup-experience"]).toBe("preferred");
    expect(found.collaboration).toBeUndefined();
  });
});
