/**
 * `npm run eval`: the extractor's figures on every labelled set, one line per set (real sets
 * first). `npm run eval -- <set-dir>` (or EVAL_DIR): one set in detail, per posting, with the
 * worst misses. `npm run eval -- --dev`: the development sets only, for tuning without a look at the
 * measurement sets (whose figures count only when first measured). Extraction goes through
 * analyzePosting, the same front door the app uses.
 */
import { scorePosting, totalScores, type PostingScore } from "@/lib/analysis/eval/score-posting";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { EVAL_SETS, evalSetExists, loadEvalSet } from "./eval-set";
import path from "node:path";

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + "%";
const scoreSet = (dir: string): PostingScore[] => loadEvalSet(dir).map(({ gold, text }) => scorePosting(gold, analyzePosting(text).analysis));

const developmentOnly = process.argv[2] === "--dev";
const argument = developmentOnly ? undefined : (process.argv[2] ?? process.env.EVAL_DIR);
if (!argument) {
  console.log("set                              postings  skills   recall  precision   kind   years");
  const real: PostingScore[] = [];
  for (const set of EVAL_SETS.filter((candidate) => !developmentOnly || candidate.use === "development")) {
    if (!evalSetExists(set.dir)) {
      console.log(`${set.name.padEnd(32)} missing (${set.dir})`);
      continue;
    }
    const scores = scoreSet(set.dir);
    if (set.origin === "real" && set.use === "development") real.push(...scores);
    const t = totalScores(scores);
    console.log(
      `${set.name.padEnd(32)} ${String(t.postings).padStart(8)} ${String(t.gold).padStart(7)}   ${pct(t.recall)}  ${pct(t.precision)}   ${pct(t.kindAccuracy)} ${pct(t.yearsAccuracy)}`,
    );
  }
  const t = totalScores(real);
  console.log(`${"all real development sets".padEnd(32)} ${String(t.postings).padStart(8)} ${String(t.gold).padStart(7)}   ${pct(t.recall)}  ${pct(t.precision)}   ${pct(t.kindAccuracy)} ${pct(t.yearsAccuracy)}`);
  console.log("\nOne set in detail: npm run eval -- <dir>   (e.g. ../shared/eval-2)");
  process.exit(0);
}

const dir = path.resolve(process.cwd(), argument);
if (!evalSetExists(dir)) {
  console.error(`eval: no labelled set at ${dir} (expected gold.json and postings/ or set.json); pass a folder or set EVAL_DIR`);
  process.exit(1);
}
const scores = scoreSet(dir);

console.log(`Evaluation set: ${dir}\n`);
console.log("posting                                          found/gold  ok/extracted  kind   years");
for (const s of scores) {
  console.log(
    `${s.file.padEnd(48)} ${`${s.found}/${s.goldCount}`.padStart(10)} ${`${s.matchedExtracted}/${s.extractedCount}`.padStart(13)} ` +
      `${`${s.kindAgree}/${s.found}`.padStart(6)} ${`${s.yearsAgree}/${s.yearsItems}`.padStart(6)}`,
  );
}
const t = totalScores(scores);
console.log(`
Totals over ${t.postings} postings
  skill recall     ${pct(t.recall)}  (${t.found}/${t.gold} gold skills found)
  skill precision  ${pct(t.precision)}  (${t.matchedExtracted}/${t.extracted} extracted skills match a gold skill)
  kind accuracy    ${pct(t.kindAccuracy)}  (${t.kindAgree}/${t.found} found skills with the gold must/preferred)
  years accuracy   ${pct(t.yearsAccuracy)}  (${t.yearsAgree}/${t.yearsItems}: found gold skills that carry minYears with the same value,
                           plus each posting's overallMinYears, null = null counting as agreement)`);

const list = (title: string, rows: string[]) => {
  console.log(`\n${title} (${rows.length})`);
  for (const row of rows) console.log("  " + row);
};
list("Missed gold skills", scores.flatMap((s) => s.missed.map((m) => `${s.file}: ${m.skill} [${m.kind}]`)));
list("False positives", scores.flatMap((s) => s.falsePositives.map((f) => `${s.file}: ${f.skill} [${f.kind}]`)));
list("Kind errors", scores.flatMap((s) => s.kindErrors.map((k) => `${s.file}: ${k.skill} expected ${k.expected}, got ${k.actual}`)));
list("Years errors", scores.flatMap((s) => s.yearsErrors.map((y) => `${s.file}: ${y.what} expected ${y.expected}, got ${y.actual}`)));
list(
  "Years on gold skills that have none (not scored)",
  scores.flatMap((s) => s.spuriousYears.map((y) => `${s.file}: ${y.what} got ${y.actual}`)),
);
