/**
 * Second round of structural rules, each with a fragment written like a real posting: years whose
 * clause names no skill are the general bar, "including 3 or more in ..." follow-ups, prose after a
 * requirement list, the company talking about itself before the headings, negations that point
 * back ("you won't need either"), softened parts of a bracket, "we're on X" stack statements,
 * comma phrases that are not labels, place phrases ("on the back end"), and lumped names kept apart.
 */
import { extractRequirements } from "@/lib/analysis/extract";
import { parseLabelPrefix } from "@/lib/analysis/extract/sections";
import { layoutPosting } from "@/lib/analysis/extract/units";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

function years(text: string): Record<string, number | null> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.minYears]));
}

describe("years", () => {
  test("a figure whose clause names no skill is the posting's general bar", () => {
    const text = "Requirements:\n- 4+ years of professional experience in a quantitative role\n- Strong Python or R";
    expect(extractRequirements(text).overallMinYears).toBe(4);
    expect(years(text).python).toBeNull();
  });

  test("a figure tied to a named skill stays with the skill, not the general bar", () => {
    const text = "Requirements:\n- Minimum of 7 years of professional game development, with at least two shipped titles";
    expect(extractRequirements(text).overallMinYears).toBeNull();
    expect(years(text)["game-development"]).toBe(7);
  });

  test("a capitalised word after the figure may be an unknown tool, so the figure is not the general bar", () => {
    expect(extractRequirements("Requirements:\n- 5+ years with Zorblax in production").overallMinYears).toBeNull();
  });

  test("'including 3 or more in ...' gives the named area its own figure", () => {
    const text =
      "Required qualifications\n- At least 8 years of professional software development experience, including 3 or more in a front-office or trading environment";
    const analysis = extractRequirements(text);
    expect(analysis.overallMinYears).toBe(8);
    expect(years(text)["front-office-trading"]).toBe(3);
  });

  test("roles listed after the figure share it", () => {
    const text =
      "Requirements\n- 3+ years in a customer-facing technical role: solutions engineer, sales engineer, or technical account manager";
    expect(years(text)).toMatchObject({
      "customer-facing-experience": 3,
      "solutions-engineering": 3,
      "sales-engineering": 3,
      "technical-account-management": 3,
    });
    expect(extractRequirements(text).overallMinYears).toBeNull();
  });

  test("'X or Y roles' names both roles", () => {
    const text = "Requirements:\n- 3-5 years of experience in platform or SRE roles";
    expect(years(text)).toMatchObject({ "platform-engineering": 3, "site-reliability-engineering": 3 });
  });
});

describe("voice", () => {
  test("the company talking about itself before the headings asks nothing, whatever its cue words", () => {
    const text =
      "Unlike most brands our size we don't run on Shopify: checkout and subscriptions all live in a Rails monolith we've grown for eight years.\n\nRequirements:\n- 3+ years with Ruby on Rails";
    const analysis = extractRequirements(text);
    expect(analysis.skills.map((s) => s.id)).not.toContain("shopify");
    expect(years(text)["ruby-on-rails"]).toBe(3);
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

  test("a stack named inside a sentence about the company counts from where it starts", () => {
    const found = kinds(
      "Our customers run Epic and Cerner, and the whole product is a single Elixir/Phoenix application backed by PostgreSQL, with a little Alpine.js.",
    );
    expect(found).toMatchObject({ postgresql: "preferred", "alpine-js": "preferred", elixir: "preferred" });
    expect(found).not.toHaveProperty("epic-systems");
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

  test("'we're on X' states the stack; 'we're on a mission' does not", () => {
    expect(kinds("Must have:\n- CI/CD pipelines; we're on GitHub Actions and Argo CD")).toMatchObject({
      "ci-cd": "must",
      "github-actions": "preferred",
      "argo-cd": "preferred",
    });
    expect(kinds("We're on a mission to make Python packaging boring.")).toEqual({});
  });
});

describe("clauses and brackets", () => {
  test("a negation that points back drops what it points at", () => {
    const found = kinds(
      "Requirements:\n- Our product engineers build in Kotlin and React (you won't need either); Go is a must\n- Our mobile app is built in Unity, so you may review C# code from that team, but you won't be writing it.",
    );
    expect(found).toMatchObject({ go: "must" });
    expect(found).not.toHaveProperty("kotlin");
    expect(found).not.toHaveProperty("react");
    expect(found).not.toHaveProperty("c-sharp");
  });

  test("only the part of a bracket with the hint is softened", () => {
    expect(kinds("What you'll bring\n- Two or more years shipping production TypeScript (Node.js on the back end; React is a plus)")).toEqual({
      typescript: "must",
      "node-js": "must",
      react: "preferred",
    });
  });

  test("a comma phrase before a colon is a label only when it is heading vocabulary", () => {
    expect(parseLabelPrefix("Payments experience, ideally with Stripe: webhooks, refunds")).toBeNull();
    expect(parseLabelPrefix("Nice to have, not required: Rust")?.label).toBe("preferred");
    expect(kinds("Requirements:\n- Payments experience, ideally with Stripe: webhooks, refunds")).toMatchObject({ payments: "must", stripe: "preferred" });
  });
});

describe("names", () => {
  test("names kept apart from the umbrella they used to be folded into", () => {
    const found = kinds(
      "Requirements:\n- 5+ years of firmware in C for microcontrollers (ARM Cortex-M preferred)\n- Background job processing with Sidekiq (or Resque / GoodJob)\n- Familiarity with healthcare terminologies such as LOINC, SNOMED CT, or ICD-10\n\nNice to have:\n- Experience with Oban for background jobs\n- Elixir and Ecto",
    );
    expect(found).toMatchObject({
      microcontrollers: "must",
      "arm-cortex-m": "preferred",
      sidekiq: "must",
      resque: "must",
      "good-job": "must",
      "clinical-terminologies": "must",
      loinc: "must",
      "snomed-ct": "must",
      "icd-10": "must",
      oban: "preferred",
      ecto: "preferred",
    });
  });

  test("a bare API needs a web context; a graphics API or API keys are something else", () => {
    expect(kinds("Requirements:\n- FHIR R4 resources and APIs")).not.toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- Solid experience with APIs and microservices")).toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- A modern graphics API: DirectX 12 or Vulkan")).not.toHaveProperty("web-apis");
    expect(kinds("Requirements:\n- Authentication (OAuth 2.0, API keys)")).not.toHaveProperty("web-apis");
  });

  test("'on the back end' is where a tool runs, not a skill", () => {
    expect(kinds("Requirements:\n- TypeScript (Node.js on the back end)")).not.toHaveProperty("back-end-development");
    expect(kinds("Requirements:\n- Back-end development in Go")).toHaveProperty("back-end-development");
  });

  test("guarded names need their context: Pix the payment method, Lumen the Unreal feature, media the industry", () => {
    expect(kinds("Requirements:\n- Payments knowledge, including local methods such as Pix")).toHaveProperty("pix-payments");
    expect(kinds("Requirements:\n- Pix-perfect UI work")).not.toHaveProperty("pix-payments");
    expect(kinds("Nice to have:\n- Production experience with Unreal Engine 5, Lumen and Nanite")).toMatchObject({ "unreal-lumen": "preferred", "unreal-nanite": "preferred" });
    expect(kinds("Nice to have:\n- Experience in media or pricing")).toHaveProperty("media-and-entertainment");
    expect(kinds("Requirements:\n- Build responsive media components")).not.toHaveProperty("media-and-entertainment");
  });
});
