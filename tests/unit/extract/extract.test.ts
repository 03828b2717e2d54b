import { extractRequirements } from "@/lib/analysis/extract";
import { inferTitle } from "@/lib/analysis/extract/title";
import { decodePostingBytes } from "@/lib/analysis/extract/posting-input";
import { getSkill, normalizeSkillName } from "@/lib/analysis/taxonomy";

describe("extractRequirements on postings of every shape", () => {
  test("a posting without headings is judged line by line (the seed's bank posting)", () => {
    const text = [
      "Formal training or certification on software engineering concepts and advanced applied experience",
      "Proficiency in automation and continuous delivery methods",
      "Advanced understanding of agile methodologies such as CI/CD, Application Resiliency, and Security",
      "",
      "",
      "Preferred Qualifications, Capabilities, and Skills:",
      "",
      "Hands-on experience with Amazon Web Services (AWS)",
    ].join("\n");
    const analysis = extractRequirements(text);
    const kinds = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(kinds).toMatchObject({
      "software-engineering": "must",
      automation: "must",
      "continuous-delivery": "must",
      agile: "must",
      "ci-cd": "must",
      security: "must",
      "amazon-web-services": "preferred",
    });
    expect(analysis.requirements[0].section).toBeNull();
  });

  test("a Hacker News paragraph: the asking sentences count, the company's story only by the tools it is built on", () => {
    const text =
      "Quantico | Backend Engineer | London | Onsite\n\nQuantico is building a trading platform on Kubernetes. We're looking for a backend engineer with strong experience in Java or Kotlin. Experience with Kafka is a big plus. We offer equity. Apply at https://quantico.example/jobs";
    const analysis = extractRequirements(text);
    // "building a trading platform on Kubernetes" is the company's stack: preferred.
    expect(analysis.skills.map((s) => [s.id, s.kind])).toEqual([
      ["kubernetes", "preferred"],
      ["java", "must"],
      ["kotlin", "must"],
      ["apache-kafka", "preferred"],
    ]);
    expect(analysis.title).toBe("Backend Engineer");
  });

  test("'X, Y or Z' names each option", () => {
    const ids = extractRequirements("Requirements:\n* Strong hands-on experience with cloud-based data solutions (AWS, GCP, or Azure).").skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["amazon-web-services", "google-cloud-platform", "microsoft-azure"]));
  });

  test("never invents a skill: every skill is backed by text inside a requirement span", () => {
    const text = "Requirements\n- 5+ years professional experience with Java + Spring\n- Strong experience with PostgreSQL\n- Writes clean, testable code";
    const analysis = extractRequirements(text);
    for (const requirement of analysis.requirements) {
      const spanText = text.slice(requirement.span[0], requirement.span[1]);
      expect(spanText).toBe(requirement.text);
      for (const ref of requirement.skills) {
        const skill = getSkill(ref.id)!;
        const forms = [skill.name, ...skill.aliases].map(normalizeSkillName);
        const normalizedSpan = normalizeSkillName(spanText);
        expect(forms.some((form) => normalizedSpan.includes(form.replace(/s$/, "")))).toBe(true);
      }
    }
    expect(analysis.skills.map((s) => s.id)).toEqual(["java", "spring-framework", "postgresql", "clean-code"]);
  });

  test("closing lines are not requirements: 'Email jobs@... with a link', 'If you're motivated by ..., we'd like to hear from you'", () => {
    const text = [
      "Requirements",
      "- Experience writing tests with Jest",
      "- Email jobs@example.com with a link to something you built in TypeScript",
      "If you're motivated by clean code and Kubernetes, we'd like to hear from you.",
    ].join("\n");
    const analysis = extractRequirements(text);
    expect(analysis.requirements.map((r) => r.text)).toEqual(["Experience writing tests with Jest"]);
  });

  test("text with no requirements gives none", () => {
    const analysis = extractRequirements("We are a friendly bakery in Lyon. Come by for croissants!");
    expect(analysis.requirements).toEqual([]);
    expect(analysis.skills).toEqual([]);
    expect(analysis.overallMinYears).toBeNull();
  });

  test("the result is deterministic", () => {
    const text = "Requirements\n- Python, Go or Rust\n- 3+ years of experience";
    expect(extractRequirements(text)).toEqual(extractRequirements(text));
  });
});

describe("title and company", () => {
  test.each([
    ["Twikey - Gent, Belgium (Hybrid) - Full-time - Senior Back-end Engineer\n\nText", "Senior Back-end Engineer", "Twikey"],
    ["Jito Foundation - Data Scientist - Remote - US or Western European Time Zones\n", "Data Scientist", "Jito Foundation"],
    ["Lumen AI | Machine Learning Engineer | San Francisco or Remote (US) | $180k\n", "Machine Learning Engineer", "Lumen AI"],
    ["Job title: Staff Data Engineer\nLocation: Berlin", "Staff Data Engineer", null],
    ["Senior Backend Engineer\n\nWe build things.", "Senior Backend Engineer", null],
    ["iOS Engineer at Pocket Farm (Remote, EU timezones)\n", "iOS Engineer", "Pocket Farm"],
    ["# Senior Platform Engineer — Acme Robotics (Remote, EU)\n", "Senior Platform Engineer", "Acme Robotics"],
    ["Front-end Software Engineer (TypeScript, React) - Full Time - Onsite, Pittsburgh, PA, USA\n", "Front-end Software Engineer (TypeScript, React)", null],
  ])("%s", (text, title, company) => {
    expect(inferTitle(text)).toEqual({ title, company });
  });

  test("a posting that starts with requirements has no title", () => {
    expect(inferTitle("Proficiency in Java and Python programming languages\nExperience with AWS").title).toBeNull();
  });
});

describe("posting input", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test("plain text passes; empty, blank and binary input are refused with a reason", () => {
    expect(decodePostingBytes(bytes("Requirements\n- Python"))).toEqual({ ok: true, text: "Requirements\n- Python" });
    expect(decodePostingBytes(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodePostingBytes(bytes("  \n\n "))).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodePostingBytes(new Uint8Array([80, 75, 3, 4, 0, 0, 1]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodePostingBytes(new Uint8Array([0xff, 0xfe, 0xfd, 65]))).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-8/) });
  });
});
