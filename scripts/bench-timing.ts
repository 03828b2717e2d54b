/** Timing helpers shared by the benchmarks. */
import { performance } from "node:perf_hooks";

/** Best of three runs, in ms: the machine is shared, and one preempted run says nothing about the code. */
export function bestOfThree(fn: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
