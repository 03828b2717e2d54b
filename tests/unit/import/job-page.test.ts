import fs from "node:fs";
import path from "node:path";
import { parseJobPage } from "@/lib/analysis/import/job-page";
import { analyzePosting } from "@/lib/analysis/analyze-posting";

const page = (name: string) => fs.readFileSync(path.join(__dirname, "../../fixtures/job-pages", name), "utf8");

describe("parseJobPage", () => {
  it("reads a schema.org JobPosting from JSON-LD: title, company, description, skills, experience", () => {
    const posting = parseJobPage(page("with-json-ld.html"));
    expect(posting).toMatchObject({ source: "json-ld", title: "Senior Data Engineer", company: "Northwind Analytics" });
    expect(posting.description).toContain("Build and operate pipelines in Python and SQL on Snowflake");
    expect(posting.description).toContain("Skills:\nPython, SQL, Apache Airflow, Kafka, Snowflake");
    expect(posting.description).toContain("Experience:\n5+ years of experience");
    expect(posting.description).not.toMatch(/<\/?(p|li|strong)>/);
    expect(posting.description).not.toContain("Rendered by script");
    const skills = analyzePosting(posting.description).analysis.skills.map((skill) => skill.id);
    expect(skills).toEqual(expect.arrayContaining(["python", "snowflake", "apache-kafka"]));
  });

  it("falls back to the page's main text, without navigation, sidebars, footers or scripts", () => {
    const posting = parseJobPage(page("without-json-ld.html"));
    expect(posting).toMatchObject({ source: "page-text", title: "Backend Engineer (Go)", company: null });
    expect(posting.description).toContain("3+ years of professional experience with Go");
    expect(posting.description).toContain("Familiarity with geospatial data (PostGIS)");
    for (const noise of ["About us", "Other openings", "iOS Engineer", "Imprint", "newsletter", "window.analytics", "font-family"]) {
      expect(posting.description).not.toContain(noise);
    }
    const { analysis } = analyzePosting(posting.description);
    expect(analysis.requirements.find((r) => r.text.includes("professional experience with Go"))).toMatchObject({ kind: "must", minYears: 3 });
  });

  it("ignores a broken JSON-LD block and uses the text", () => {
    const html = `<html><head><script type="application/ld+json">{ "@type": "JobPosting", oops }</script></head><body><main><h1>QA Engineer</h1><p>Must know Cypress.</p></main></body></html>`;
    expect(parseJobPage(html)).toMatchObject({ source: "page-text", title: "QA Engineer" });
  });

  it("finds a JobPosting inside an @graph", () => {
    const data = { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage", name: "Jobs" }, { "@type": "JobPosting", title: "SRE", hiringOrganization: "Acme", description: "Run Linux and Prometheus." }] };
    const html = `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    expect(parseJobPage(html)).toMatchObject({ source: "json-ld", title: "SRE", company: "Acme" });
  });
});
