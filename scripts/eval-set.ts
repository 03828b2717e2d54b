/**
 * Reads the labelled evaluation set (gold.json + postings/*.txt). Shared by `npm run eval` and the
 * floor test. Default location: ../shared/eval from the project root, or EVAL_DIR.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GoldPosting } from "@/lib/analysis/eval/score-posting";

export interface EvalCase {
  gold: GoldPosting;
  text: string;
}

export function resolveEvalDir(argument?: string): string {
  return path.resolve(process.cwd(), argument ?? process.env.EVAL_DIR ?? "../shared/eval");
}

/**
 * The folder holding a set's posting texts: `postings/` beside gold.json, or the folder named by
 * set.json's `postingsDir` (labels kept in the repository for texts that may not be committed,
 * such as ../shared/corpus).
 */
function postingsDirOf(dir: string): string {
  const manifest = path.join(dir, "set.json");
  if (!existsSync(manifest)) return path.join(dir, "postings");
  const { postingsDir } = JSON.parse(readFileSync(manifest, "utf8")) as { postingsDir: string };
  return path.resolve(dir, postingsDir);
}

export function evalSetExists(dir: string): boolean {
  return existsSync(path.join(dir, "gold.json")) && existsSync(postingsDirOf(dir));
}

export function loadEvalSet(dir: string): EvalCase[] {
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as GoldPosting[];
  const postings = postingsDirOf(dir);
  return gold.map((g) => ({ gold: g, text: readFileSync(path.join(postings, g.file), "utf8") }));
}

export interface NamedEvalSet {
  name: string;
  dir: string;
  /** real: real postings labelled by people; synthetic: written here, kept as regression tests only. */
  origin: "real" | "synthetic";
  /** Tuned on (development) or kept unseen for measurement. */
  use: "development" | "measurement";
}

const fromRoot = (...parts: string[]) => path.resolve(process.cwd(), ...parts);

/**
 * Every labelled set (docs/extraction.md). The real sets are the yardstick; corpus-holdout is
 * never tuned on: its figures are the honest estimate for unseen postings.
 */
export const EVAL_SETS: NamedEvalSet[] = [
  { name: "eval (real, dev)", dir: fromRoot("../shared/eval"), origin: "real", use: "development" },
  { name: "eval-2 (real, dev)", dir: fromRoot("../shared/eval-2"), origin: "real", use: "development" },
  { name: "corpus-dev (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev"), origin: "real", use: "development" },
  { name: "corpus-dev-2 (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev-2"), origin: "real", use: "development" },
  { name: "corpus-dev-3 (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev-3"), origin: "real", use: "development" },
  { name: "corpus-dev-4 (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev-4"), origin: "real", use: "development" },
  { name: "corpus-dev-5 (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev-5"), origin: "real", use: "development" },
  { name: "corpus-dev-6 (real, dev)", dir: fromRoot("tests/fixtures/corpus-dev-6"), origin: "real", use: "development" },
  { name: "corpus-holdout (real, unseen)", dir: fromRoot("tests/fixtures/corpus-holdout"), origin: "real", use: "measurement" },
  { name: "corpus-unseen-2 (real, unseen)", dir: fromRoot("tests/fixtures/corpus-unseen-2"), origin: "real", use: "measurement" },
  { name: "corpus-unseen-3 (real, unseen)", dir: fromRoot("tests/fixtures/corpus-unseen-3"), origin: "real", use: "measurement" },
  { name: "corpus-unseen-4 (real, unseen)", dir: fromRoot("tests/fixtures/corpus-unseen-4"), origin: "real", use: "measurement" },
  ...["holdout", "blind", "blind-2", "blind-3", "blind-4", "blind-5"].map(
    (name): NamedEvalSet => ({ name: `${name} (synthetic)`, dir: fromRoot("tests/fixtures", name), origin: "synthetic", use: "development" }),
  ),
];
