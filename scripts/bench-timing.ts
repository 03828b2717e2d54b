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

/**
 * Best of `runs` timed runs after `warmup` untimed ones, in ms. A short pass (the bare tokenize
 * over the real corpus takes ~12 ms once compiled) needs several runs before the JIT has compiled
 * it: timed cold, it read 28-71 ms and made the ratio against it look 2-4x better than it is.
 */
export function bestWarm(fn: () => unknown, warmup = 5, runs = 5): number {
  for (let run = 0; run < warmup; run++) fn();
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
