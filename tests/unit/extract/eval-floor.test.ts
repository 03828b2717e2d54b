/**
 * Regression floors under the extractor's figures on the labelled development sets: a change to
 * the engine or the taxonomy cannot lower them silently. They are guards, not evidence of
 * quality: every set here was tuned on. The evidence is the first measurement on unseen postings
 * (corpus-holdout, docs/extraction.md), which has no floor here so that it is never tuned on.
 * The real sets live in ../shared (texts) and tests/fixtures (labels); where one is missing the
 * test fails under CI and is skipped, with a message, on a laptop without ../shared.
 */
import { scorePosting, totalScores } from "@/lib/analysis/eval/score-posting";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { EVAL_SETS, evalSetExists, loadEvalSet } from "@/scripts/eval-set";

interface Floor {
  recall: number;
  precision: number;
  kindAccuracy: number;
  yearsAccuracy: number;
}

// A few points under each set's figures when this floor was set (see docs/extraction.md).
const FLOORS: Record<string, Floor> = {
  "eval (real, dev)": { recall: 0.97, precision: 0.94, kindAccuracy: 0.97, yearsAccuracy: 0.92 },
  "eval-2 (real, dev)": { recall: 0.82, precision: 0.85, kindAccuracy: 0.88, yearsAccuracy: 0.8 },
  "corpus-dev (real, dev)": { recall: 0.75, precision: 0.73, kindAccuracy: 0.85, yearsAccuracy: 0.93 },
  "corpus-dev-2 (real, dev)": { recall: 0.69, precision: 0.71, kindAccuracy: 0.77, yearsAccuracy: 0.86 },
  "corpus-dev-3 (real, dev)": { recall: 0.64, precision: 0.69, kindAccuracy: 0.76, yearsAccuracy: 0.8 },
  "corpus-dev-4 (real, dev)": { recall: 0.64, precision: 0.73, kindAccuracy: 0.78, yearsAccuracy: 0.93 },
  "corpus-dev-5 (real, dev)": { recall: 0.69, precision: 0.68, kindAccuracy: 0.83, yearsAccuracy: 0.86 },
  "corpus-dev-6 (real, dev)": { recall: 0.72, precision: 0.63, kindAccuracy: 0.7, yearsAccuracy: 0.88 },
  "holdout (synthetic)": { recall: 0.95, precision: 0.93, kindAccuracy: 0.97, yearsAccuracy: 0.95 },
  "blind (synthetic)": { recall: 0.96, precision: 0.91, kindAccuracy: 0.97, yearsAccuracy: 0.95 },
  "blind-2 (synthetic)": { recall: 0.96, precision: 0.92, kindAccuracy: 0.97, yearsAccuracy: 0.95 },
  "blind-3 (synthetic)": { recall: 0.96, precision: 0.91, kindAccuracy: 0.97, yearsAccuracy: 0.95 },
  "blind-4 (synthetic)": { recall: 0.95, precision: 0.88, kindAccuracy: 0.96, yearsAccuracy: 0.9 },
  "blind-5 (synthetic)": { recall: 0.91, precision: 0.84, kindAccuracy: 0.96, yearsAccuracy: 0.95 },
};

const inCI = Boolean(process.env.CI);

for (const set of EVAL_SETS.filter((s) => s.use === "development")) {
  const floor = FLOORS[set.name];
  const present = evalSetExists(set.dir);
  if (!present && inCI) {
    test(`the labelled set ${set.name} is present`, () => {
      throw new Error(`no labelled set at ${set.dir}: CI runs every labelled set (../shared must sit beside the checkout)`);
    });
    continue;
  }
  if (!present) console.warn(`eval floor skipped for ${set.name}: no labelled set at ${set.dir}`);

  (present ? describe : describe.skip)(`extraction figures on ${set.name}`, () => {
    const scores = present ? loadEvalSet(set.dir).map(({ gold, text }) => scorePosting(gold, analyzePosting(text).analysis)) : [];
    const totals = totalScores(scores);

    test("the set holds labelled postings and has a floor", () => {
      expect(totals.postings).toBeGreaterThanOrEqual(8);
      expect(totals.gold).toBeGreaterThan(100);
      expect(floor).toBeDefined();
    });

    test.each(Object.entries(floor ?? {}))("%s stays at or above its floor (%d)", (figure, minimum) => {
      const value = totals[figure as keyof Floor];
      if (value < minimum) {
        const misses = scores.flatMap((s) => [
          ...s.missed.map((m) => `missed ${s.file}: ${m.skill}`),
          ...s.falsePositives.map((f) => `extra ${s.file}: ${f.skill}`),
          ...s.kindErrors.map((k) => `kind ${s.file}: ${k.skill}`),
          ...s.yearsErrors.map((y) => `years ${s.file}: ${y.what} ${y.expected} vs ${y.actual}`),
        ]);
        throw new Error(`${figure} fell to ${value.toFixed(3)} (floor ${minimum}). Run npm run eval -- ${set.dir}. First issues:\n${misses.slice(0, 15).join("\n")}`);
      }
    });
  });
}
