/**
 * The yardstick for speed, on real text: the CLI's folder mode over ../shared/corpus
 * (read each file, analyse it) against a bare pass over the same files (read, lowercase,
 * tokenize). Each pass warmed up (five untimed runs), then the best of five timed runs, in the same
 * process; skipped when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { tokenize } from "@/lib/analysis/extract/tokens";
import { bestWarm } from "./bench-timing";


export function benchRealCorpus(dir = path.resolve(process.cwd(), "../shared/corpus/postings")): void {
  if (!existsSync(dir)) {
    console.log(`\nReal corpus: ${dir} not found, skipped`);
    return;
  }
  const files = readdirSync(dir).map((name) => path.join(dir, name));
  const bare = bestWarm(() => files.reduce((sum, file) => sum + tokenize(readFileSync(file, "utf8").toLowerCase()).count, 0));
  const folder = bestWarm(() => files.reduce((sum, file) => sum + analyzePosting(readFileSync(file, "utf8")).analysis.skills.length, 0));
  console.log(`\nReal corpus, CLI folder mode (${files.length} postings, best of 5 passes after 5 warm-up passes)`);
  console.log(`  bare read + lowercase + tokenize   ${bare.toFixed(0)} ms   (${(bare / files.length).toFixed(3)} ms per posting)`);
  console.log(`  read + analyzePosting              ${folder.toFixed(0)} ms   (${(folder / files.length).toFixed(3)} ms per posting)`);
  console.log(`  folder mode / bare pass            ${(folder / bare).toFixed(1)}x   (target <= 5x)`);
}
