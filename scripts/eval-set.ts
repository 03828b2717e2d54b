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

export function evalSetExists(dir: string): boolean {
  return existsSync(path.join(dir, "gold.json")) && existsSync(path.join(dir, "postings"));
}

export function loadEvalSet(dir: string): EvalCase[] {
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as GoldPosting[];
  return gold.map((g) => ({ gold: g, text: readFileSync(path.join(dir, "postings", g.file), "utf8") }));
}
