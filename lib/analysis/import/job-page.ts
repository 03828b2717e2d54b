import { convert, type HtmlToTextOptions } from "html-to-text";
import { MAX_POSTING_CHARACTERS } from "../posting-text";

/**
 * A job page's HTML -> the posting form's fields. Job boards embed schema.org JobPosting as
 * JSON-LD (Google for Jobs reads it); when a page has none, its main text is used. Pure: no I/O.
 */
export interface ImportedPosting {
  title: string | null;
  company: string | null;
  description: string;
  source: "json-ld" | "page-text";
}

type Json = Record<string, unknown>;

const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "table", format: "dataTable" },
    { selector: "nav", format: "skip" },
    { selector: "header", format: "skip" },
    { selector: "footer", format: "skip" },
    { selector: "aside", format: "skip" },
    { selector: "form", format: "skip" },
    { selector: "button", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
  ],
};

const PAGE_OPTIONS: HtmlToTextOptions = {
  ...TEXT_OPTIONS,
  // The posting, not the site around it: <main> or <article> when the page marks one.
  baseElements: { selectors: ["main", "article", "[role=main]", "body"], returnDomByDefault: true },
};

function toText(html: string, options = TEXT_OPTIONS): string {
  return convert(html, options)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function asText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(", ") || null;
  if (value && typeof value === "object") {
    const object = value as Json;
    return asText(object.name ?? object.description ?? object.value ?? null);
  }
  return null;
}

function isJobPosting(node: Json): boolean {
  const type = node["@type"];
  return type === "JobPosting" || (Array.isArray(type) && type.includes("JobPosting"));
}

/** Every JobPosting node in the page's JSON-LD blocks (top level, arrays, @graph). */
export function findJobPostings(html: string): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 5 || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const object = node as Json;
    if (isJobPosting(object)) found.push(object);
    if (object["@graph"]) visit(object["@graph"], depth + 1);
  };
  for (const match of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    try {
      visit(JSON.parse(match[1].trim()), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the page text is the fallback.
    }
  }
  return found;
}

function experienceText(value: unknown): string | null {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const months = Number((value as Json).monthsOfExperience);
    const description = asText((value as Json).description);
    if (Number.isFinite(months) && months > 0) {
      const years = Math.round((months / 12) * 10) / 10;
      return `${years}+ years of experience${description ? `: ${description}` : ""}`;
    }
    return description;
  }
  return asText(value);
}

function fromJobPosting(node: Json): ImportedPosting | null {
  const description = typeof node.description === "string" ? toText(node.description) : "";
  const sections: string[] = [];
  const title = asText(node.title);
  if (title) sections.push(title);
  if (description) sections.push(description);
  const extras: [string, string | null][] = [
    ["Responsibilities", asText(node.responsibilities)],
    ["Qualifications", asText(node.qualifications)],
    ["Experience", experienceText(node.experienceRequirements)],
    ["Education", asText(node.educationRequirements)],
    ["Skills", asText(node.skills)],
  ];
  for (const [label, text] of extras) if (text && !description.includes(text)) sections.push(`${label}:\n${toText(text)}`);
  if (!description && sections.length < 2) return null;
  return { title, company: asText(node.hiringOrganization), description: sections.join("\n\n"), source: "json-ld" };
}

function pageTitle(html: string): string | null {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const title = h1 ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return title ? toText(title[1]).split("\n")[0].trim() || null : null;
}

export function parseJobPage(html: string): ImportedPosting {
  for (const node of findJobPostings(html)) {
    const posting = fromJobPosting(node);
    if (posting) return clip(posting);
  }
  return clip({ title: pageTitle(html), company: null, description: toText(html, PAGE_OPTIONS), source: "page-text" });
}

function clip(posting: ImportedPosting): ImportedPosting {
  return {
    ...posting,
    title: posting.title?.slice(0, 200) ?? null,
    company: posting.company?.slice(0, 200) ?? null,
    description: posting.description.slice(0, MAX_POSTING_CHARACTERS),
  };
}
