/**
 * `npm run bench [-- <count>]`: times extraction over a few thousand generated postings (~500
 * words, built by a seeded PRNG from fragments of the labelled postings) against (a) a bare pass
 * that only tokenizes the same text and (b) a naive extractor that scans the text once per alias
 * with a regular expression. Prints medians, p99 and the ratios. Then "what to study next" and the
 * prep plan at 10, 100 and 1,000 postings (scripts/bench-study-next.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { tokenize } from "@/lib/analysis/extract/tokens";
import { SKILLS } from "@/lib/analysis/taxonomy";
import { benchRealCorpus } from "./bench-real-corpus";
import { evalSetExists, resolveEvalDir } from "./eval-set";
import { benchStudyNext } from "./bench-study-next";
import { seededRandom } from "@/seeds/seeded-random";
import { bestOfThree } from "./bench-timing";

const COUNT = Number(process.argv[2] ?? 3000);
const NAIVE_SAMPLE = 40;
const WARMUP = 300;


function sourceTexts(): string[] {
  const evalDir = resolveEvalDir();
  const dir = evalSetExists(evalDir) ? path.join(evalDir, "postings") : path.resolve(process.cwd(), "seeds/postings");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

const HEADINGS = ["Requirements:", "## What you'll do", "Nice to have", "*Responsibilities*", "QUALIFICATIONS", "🚀 About us", "Bonus points:", "Tech stack:", "What we're looking for:", "Benefits"];

function generatePostings(count: number): string[] {
  const random = seededRandom(20240611);
  const texts = sourceTexts();
  const titles = texts.map((t) => t.split("\n")[0]);
  const fragments = texts.flatMap((t) => t.split(/\n/).map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 4));
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const postings: string[] = [];
  for (let p = 0; p < count; p++) {
    const parts = [pick(titles), ""];
    let words = 0;
    while (words < 500) {
      if (random() < 0.2) parts.push("", pick(HEADINGS));
      const fragment = pick(fragments);
      parts.push(random() < 0.5 ? `- ${fragment.replace(/^[-*•\s]+/, "")}` : fragment);
      words += fragment.split(/\s+/).length;
    }
    postings.push(parts.join("\n"));
  }
  return postings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The baseline a taxonomy-driven extractor is compared with: one regex scan per alias. */
function compileNaiveExtractor(): (text: string) => Set<string> {
  const patterns = SKILLS.flatMap((skill) =>
    [skill.name, ...skill.aliases].map((form) => ({ id: skill.id, regex: new RegExp(`(?<![\\w+#])${escapeRegExp(form)}(?![\\w+#])`, "i") })),
  );
  return (text) => {
    const found = new Set<string>();
    for (const { id, regex } of patterns) if (regex.test(text)) found.add(id);
    return found;
  };
}


function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const postings = generatePostings(COUNT);
const words = postings.map((p) => p.split(/\s+/).length);
const naive = compileNaiveExtractor();
analyzePosting("warm up the compiled taxonomy");

let sink = 0;
for (let i = 0; i < WARMUP; i++) {
  sink += analyzePosting(postings[i % postings.length]).analysis.skills.length + tokenize(postings[i % postings.length]).count;
}

const bare: number[] = [];
const extraction: number[] = [];
for (const text of postings) {
  bare.push(bestOfThree(() => (sink += tokenize(text).count)));
  extraction.push(bestOfThree(() => (sink += analyzePosting(text).analysis.skills.length)));
}
const naiveTimes: number[] = [];
for (let i = 0; i < NAIVE_SAMPLE; i++) naiveTimes.push(bestOfThree(() => (sink += naive(postings[i]).size)));

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const medianWords = quantile(words, 0.5);
const medianExtraction = quantile(extraction, 0.5);
console.log(`Bench: ${COUNT} generated postings (seeded), median ${medianWords} words; taxonomy ${SKILLS.length} skills`);
console.log(`  per-posting times are the best of 3 runs; medians and p99 over postings; every pass starts from the text in memory`);
console.log(`  bare pass (tokenize only)    median ${fmt(quantile(bare, 0.5))}   p99 ${fmt(quantile(bare, 0.99))}`);
console.log(`  extraction                   median ${fmt(medianExtraction)}   p99 ${fmt(quantile(extraction, 0.99))}`);
console.log(
  `  naive per-alias regex        median ${fmt(quantile(naiveTimes, 0.5))}   p99 ${fmt(quantile(naiveTimes, 0.99))}` +
    `   (run on the first ${NAIVE_SAMPLE} postings only: per-posting times, compared per posting)`,
);
console.log(`\n  extraction / bare pass       ${(medianExtraction / quantile(bare, 0.5)).toFixed(2)}x   (target <= 5x)`);
const extractionOnSample = quantile(extraction.slice(0, NAIVE_SAMPLE), 0.5);
console.log(
  `  naive / extraction           ${(quantile(naiveTimes, 0.5) / extractionOnSample).toFixed(1)}x faster   (target >= 20x; medians over the same ${NAIVE_SAMPLE} postings)`,
);
console.log(`  extraction per 500 words     ${fmt((medianExtraction * 500) / medianWords)}   (target < 1 ms)`);
benchRealCorpus();

// Adversarial shapes: the cost of any one line, bullet list or repetition must grow linearly.
const SHAPES: Record<string, (n: number) => string> = {
  "one huge line": (n) => "- 3+ years of Python ".repeat(Math.ceil(n / 21)).slice(0, n),
  "thousands of bullets": (n) => "- 3+ years of Python, Go and SQL\n".repeat(Math.ceil(n / 33)).slice(0, n),
  "a word repeated": (n) => "python ".repeat(Math.ceil(n / 7)).slice(0, n),
  "one endless list": (n) => "Requirements: " + "Kafka, Scala, Mill, Vert.x, ".repeat(Math.ceil(n / 28)).slice(0, n),
};
const SIZES = [1_000, 4_000, 16_000, 64_000];
console.log(`\nAdversarial shapes (best of 3, ms at ${SIZES.map((n) => n / 1000 + "k").join(" / ")} characters; linear means x4 per step)`);
for (const [name, make] of Object.entries(SHAPES)) {
  const times = SIZES.map((n) => {
    const text = make(n);
    return bestOfThree(() => (sink += analyzePosting(text).analysis.skills.length));
  });
  const growth = times[3] / Math.max(times[2], 0.001);
  console.log(`  ${name.padEnd(22)} ${times.map((t) => t.toFixed(1).padStart(7)).join(" ")}   64k/16k ${growth.toFixed(1)}x`);
}
if (sink === -1) console.log(sink);

benchStudyNext();
