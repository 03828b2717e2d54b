/**
 * Many generated postings for benchmarks and the per-page query-count test: a person with 1,000
 * saved postings (~20 requirements each) without pasting 1,000 texts. Seeded, so every run builds
 * the same postings. Skills follow a Zipf-like popularity over the taxonomy (a few skills asked
 * by many postings, a long tail asked by one), requirements mix single skills, "X, Y or Z"
 * alternatives and "X and Y" pairs, musts and preferreds, some with years, as extraction gives.
 */
import { collectPostingSkills } from "@/lib/analysis/extract";
import { SKILLS } from "@/lib/analysis/taxonomy";
import type { PostingAnalysis, Requirement, SkillRef } from "@/lib/analysis/types";
import { seededRandom } from "./seeded-random";

export interface GeneratedPosting {
  title: string;
  company: string;
  /** The posting text; every requirement's span points into it. */
  description: string;
  analysis: PostingAnalysis;
}


const ROLES = ["Backend Engineer", "Data Engineer", "Platform Engineer", "ML Engineer", "Full-Stack Developer", "Site Reliability Engineer", "Quant Developer"];
const LEVELS = ["Senior", "Staff", "Lead", ""];
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne"];
/** Skills kinds a tech posting asks for; spoken languages and soft skills are rarer, so left out here. */
const ASKED_CATEGORIES = new Set(["language", "framework", "database", "cloud", "infrastructure", "data", "ml", "llm", "finance", "practice", "security", "tool"]);
/** Zipf offset: the most popular skill is asked about (N + OFFSET) / OFFSET times as often as the Nth. */
const ZIPF_OFFSET = 8;

function skillPicker(random: () => number): () => SkillRef {
  const pool = SKILLS.filter((skill) => ASKED_CATEGORIES.has(skill.category)).map((skill) => ({ id: skill.id, name: skill.name }));
  // A seeded shuffle decides which skills are popular.
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other], pool[index]];
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < pool.length; rank++) cumulative.push((total += 1 / (rank + ZIPF_OFFSET)));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return pool[low];
  };
}

function distinctSkills(pick: () => SkillRef, count: number): SkillRef[] {
  const chosen = new Map<string, SkillRef>();
  for (let attempt = 0; chosen.size < count && attempt < count * 10; attempt++) {
    const skill = pick();
    chosen.set(skill.id, skill);
  }
  return [...chosen.values()];
}

function requirementText(skills: SkillRef[], minYears: number | null, shape: number): string {
  const names = skills.map((skill) => skill.name);
  const years = minYears === null ? "" : `${minYears}+ years of `;
  if (names.length === 1) return `${years ? `${years}experience with` : "Hands-on experience with"} ${names[0]}`;
  if (shape < 0.7) return `${years ? `${years}experience with` : "Experience with"} ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `${years ? `${years}experience with` : "Solid knowledge of"} ${names.join(" and ")}`;
}

/** `count` postings, the same ones for the same seed. */
export function generatePostings(count: number, seed = 20261203): GeneratedPosting[] {
  const random = seededRandom(seed);
  const pick = skillPicker(random);
  const postings: GeneratedPosting[] = [];
  for (let number = 1; number <= count; number++) {
    const title = `${LEVELS[Math.floor(random() * LEVELS.length)]} ${ROLES[Math.floor(random() * ROLES.length)]}`.trim();
    const company = COMPANIES[Math.floor(random() * COMPANIES.length)];
    let description = `${title} at ${company} (generated posting ${number})\n\nRequirements:`;
    const requirements: Requirement[] = [];
    const requirementCount = 18 + Math.floor(random() * 6);
    for (let index = 0; index < requirementCount; index++) {
      const kind = index < requirementCount * 0.6 ? "must" : "preferred";
      if (kind === "preferred" && requirements.every((requirement) => requirement.kind === "must")) description += "\n\nNice to have:";
      const shape = random();
      const skills = distinctSkills(pick, shape < 0.65 ? 1 : shape < 0.9 ? 3 : 2);
      const minYears = random() < 0.3 ? 2 + Math.floor(random() * 6) : null;
      const text = requirementText(skills, minYears, random());
      description += "\n- ";
      requirements.push({ text, section: kind === "must" ? "requirements" : "preferred", kind, minYears, span: [description.length, description.length + text.length], skills });
      description += text;
    }
    const overallMinYears = random() < 0.5 ? 3 + Math.floor(random() * 5) : null;
    postings.push({
      title,
      company,
      description,
      analysis: { title, company, overallMinYears, requirements, skills: collectPostingSkills(requirements) },
    });
  }
  return postings;
}
