/**
 * Work a server process must finish before it exits (writing out buffered counts). The production
 * server (scripts/serve.mjs) runs these on SIGTERM / SIGINT before closing; it is plain Node
 * outside the app's bundle, so the list lives on globalThis under a registered symbol.
 */
type ShutdownTask = () => Promise<unknown>;

const KEY = Symbol.for("fitgap.shutdown-tasks");
const registry = globalThis as unknown as Record<symbol, Set<ShutdownTask> | undefined>;

/** Adds a task once (the same function twice is one task). */
export function onShutdown(task: ShutdownTask): void {
  (registry[KEY] ??= new Set()).add(task);
}

/** Runs every task, each failure logged, none stopping the others. */
export async function runShutdownTasks(): Promise<void> {
  const tasks = [...(registry[KEY] ?? [])];
  const results = await Promise.allSettled(tasks.map((task) => task()));
  for (const result of results) if (result.status === "rejected") console.error("[fitgap] a shutdown task failed:", result.reason);
}
