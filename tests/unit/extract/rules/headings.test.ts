/**
 * Rule: a heading in any common style opens a section (requirements, preferred, stack,
 * responsibilities, about, benefits, apply), and the section decides a unit's role before any
 * wording does. Markdown, emphasis, capitals, emoji, questions and "you'll thrive if you" phrasings
 * are headings; a requirement line that merely looks short or bold is not. An unknown heading is
 * "other", never dropped, and a posting with no headings says so.
 */
import { classifySectionTitle, parseHeading } from "@/lib/analysis/extract/sections";
import { layoutPosting } from "@/lib/analysis/extract/units";
import { analyze, kinds } from "./support";

describe("section headings in every common style", () => {
  test.each([
    ["Requirements", "requirements"],
    ["Requirements:", "requirements"],
    ["## What you'll bring", "requirements"],
    ["**Nice to have**", "preferred"],
    ["* Requirements *", "requirements"],
    ["*Company Culture and Values*:", "about"],
    ["REQUIREMENTS", "requirements"],
    ["PREFERRED QUALIFICATIONS", "preferred"],
    ["🚀 What you'll do", "responsibilities"],
    ["✅ What we're looking for", "requirements"],
    ["Bonus Skills (Not required):", "preferred"],
    ["Preferred Qualifications, Capabilities, and Skills:", "preferred"],
    ["Required qualifications, capabilities, and skills", "requirements"],
    ["Job responsibilities", "responsibilities"],
    ["What you’d work on", "responsibilities"],
    ["What makes you a great fit:", "requirements"],
    ["Tech Stack:", "stack"],
    ["Benefits", "benefits"],
    ["How to apply", "apply"],
    ["About us", "about"],
    ["About you", "requirements"],
    ["Logistics:", "benefits"],
  ])("%s -> %s", (line, label) => {
    expect(parseHeading(line)?.label).toBe(label);
  });

  test("'What we require:' and 'You might be a fit if you:' head requirements", () => {
    expect(parseHeading("What we require:")?.label).toBe("requirements");
    expect(parseHeading("You might be a fit if you:")?.label).toBe("requirements");
  });

  test("a bilingual heading: 'Dein Profil / Your profile'", () => {
    expect(parseHeading("Dein Profil / Your profile")?.label).toBe("requirements");
  });

  test("a short question can head a section: 'Who are you?', 'Does this sound like you?'", () => {
    expect(parseHeading("Who are you?")?.label).toBe("requirements");
    expect(parseHeading("Does this sound like you?")?.label).toBe("requirements");
    expect(parseHeading("Is this role open to contractors based in Canada or Mexico?")).toBeNull();
    expect(kinds("Who are you?\n- Strong Kotlin\n- Some Ktor")).toMatchObject({ kotlin: "must" });
  });

  test("an unknown decorated heading is 'other', not dropped", () => {
    expect(parseHeading("## Study plan")?.label).toBe("other");
    expect(classifySectionTitle("Deliverables for today")).toBe("other");
  });
});

describe("lines that are not headings", () => {
  test.each([
    "Strong Python experience",
    "Python experience",
    "- Requirements gathering with stakeholders.",
    "Proficiency in Java and Python programming languages",
    "Experience with LLM systems.",
    "1. RL",
    "Twikey - Gent, Belgium (Hybrid) - Full-time - Senior Back-end Engineer",
    "Stack: Java + Spring, Go, PostgreSQL, REST APIs, Linux.",
    "Contributions to open source",
    "👉 5 years of Python experience",
    "🔹 Strong SQL skills",
  ])("not a heading: %s", (line) => {
    expect(parseHeading(line)).toBeNull();
  });

  test("a markdown bullet with bold words is a bullet, not an emphasised heading", () => {
    expect(parseHeading("* Strong **SQL** and **Python**")).toBeNull();
    expect(parseHeading("* **Delta Lake** or **Apache Iceberg**")).toBeNull();
    expect(parseHeading("**Nice to have**")?.label).toBe("preferred");
    const text = "## What you need\n\n* Strong **SQL** and **Python**\n* Experience with **dbt**\n\n## Nice to have\n\n* **Terraform**";
    expect(kinds(text)).toMatchObject({ sql: "must", python: "must", terraform: "preferred" });
  });
});

describe("a heading opens a list of requirements", () => {
  it.each(["You'll excel at this role if you:", "You will thrive in this role if you:", "You'll do well if you:", "You'd enjoy working with us if you:", "You'll love it here if you:"])("%s opens a requirements list", (heading) => {
    const analysis = analyze(`Acme | Frontend Engineer | Remote\n\n${heading}\n- Have 5+ years of React\n- Write semantic HTML and modern CSS\n`);
    const skills = analysis.skills.map((skill) => [skill.id, skill.kind]);
    expect(skills).toEqual(expect.arrayContaining([["react", "must"], ["html", "must"], ["css", "must"]]));
  });

  test("'What we're after:' opens a requirement list", () => {
    const found = kinds("What we're after:\n- Python for tooling and glue, plus R for statistics and plotting (tidyverse, Bioconductor)\n- Docker or Singularity for reproducible pipelines");
    expect(found).toMatchObject({ python: "must", tidyverse: "must", bioconductor: "must", docker: "must", "singularity-containers": "must" });
  });

  test("'You probably have:' opens a requirement list", () => {
    const found = kinds("You probably have:\n- CUDA, and ideally Triton (the kernel language, not the server)\n- Quantization methods (AWQ, GPTQ)");
    expect(found.cuda).toBe("must");
    expect(found.awq).toBe("must");
  });

  test("emoji bullets are bullets under an emoji heading", () => {
    const text = "✅ What we're looking for\n👉 5 years of Python experience\n🔹 Strong SQL skills";
    const layout = layoutPosting(text);
    expect(layout.units.map((u) => [text.slice(u.start, u.end), u.section, u.shape])).toEqual([
      ["5 years of Python experience", "requirements", "bullet"],
      ["Strong SQL skills", "requirements", "bullet"],
    ]);
  });

  test("a posting without headings says so, and its units have no section", () => {
    const text = "Proficiency in Java and Python programming languages\nExcellent written and verbal communication skills in English";
    const layout = layoutPosting(text);
    expect(layout.hasHeadings).toBe(false);
    expect(layout.units.map((u) => u.section)).toEqual([null, null]);
  });
});

describe("a stack label inside a line of labelled facts", () => {
  test("'Location: Boston - hybrid; Headcount: ~38 Stack:React / Typescript / Python / GCP' names the stack", () => {
    const text = "Acme - Eng\n\nYou have 3+ years of Go.\n\nLocation: BOSTON or NYC - hybrid in both locations; <<NO REMOTE>> Headcount: ~38 and growing Stack:React / Typescript / Python / GCP";
    expect(kinds(text)).toMatchObject({ react: "preferred", typescript: "preferred", python: "preferred" });
  });

  test("'across the full stack: Node, TypeScript' is not a label", () => {
    const text = "Acme - Eng\n\nWe need a generalist who moves fast across the full stack: Node.js, TypeScript and Rust.";
    expect(kinds(text)).toMatchObject({ "node-js": "must", typescript: "must" });
  });
});
