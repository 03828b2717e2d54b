import "server-only";
import { db } from "@/lib/server/db";
import { onShutdown } from "@/lib/server/shutdown";

/**
 * Views of shared pages, counted in memory and written in batches: a link opened a thousand
 * times costs one UPDATE per flush, not a write per view. Pending views are written
 * `flushAfterMs` after the first of them, as soon as `flushAtViews` are pending, and when the
 * server shuts down (scripts/serve.mjs runs the shutdown tasks on SIGTERM / SIGINT). A flush that
 * fails (database down) keeps its views for the next one. What can be lost is only what a crash
 * (SIGKILL, power) cuts off: at most the last `flushAfterMs` of views of this process. Each
 * instance adds its own counts (viewCount = viewCount + n), so several instances sum up exactly.
 */
export interface ShareViewBatching {
  flushAfterMs: number;
  flushAtViews: number;
}

interface PendingView {
  views: number;
  lastViewedAt: Date;
}

interface CounterState {
  pending: Map<string, PendingView>;
  pendingViews: number;
  timer: NodeJS.Timeout | null;
  flushing: Promise<number> | null;
  batching: ShareViewBatching;
}

const DEFAULT_BATCHING: ShareViewBatching = { flushAfterMs: 5_000, flushAtViews: 500 };

// One counter per process, however many bundles import this module (as db.ts keeps one client).
const KEY = Symbol.for("fitgap.share-link-views");
const holder = globalThis as unknown as Record<symbol, CounterState | undefined>;
function counter(): CounterState {
  return (holder[KEY] ??= { pending: new Map(), pendingViews: 0, timer: null, flushing: null, batching: { ...DEFAULT_BATCHING } });
}

/** Changes when pending views are written (tests; a deployment could tune it). */
export function configureShareViewBatching(batching: Partial<ShareViewBatching>): void {
  Object.assign(counter().batching, batching);
}

function addPending(state: CounterState, linkId: string, views: number, at: Date): void {
  const entry = state.pending.get(linkId);
  if (entry) {
    entry.views += views;
    if (at > entry.lastViewedAt) entry.lastViewedAt = at;
  } else {
    state.pending.set(linkId, { views, lastViewedAt: at });
  }
  state.pendingViews += views;
}

function scheduleFlush(state: CounterState): void {
  if (state.timer || state.pendingViews === 0) return;
  state.timer = setTimeout(() => void flushShareViews().catch(() => undefined), state.batching.flushAfterMs);
  // A pending flush must not keep a script or a test process alive; shutdown flushes instead.
  state.timer.unref();
}

/** Counts one view of a link; written later, in a batch. */
export function countShareView(linkId: string, at: Date): void {
  const state = counter();
  onShutdown(flushShareViews);
  addPending(state, linkId, 1, at);
  if (state.pendingViews >= state.batching.flushAtViews) void flushShareViews().catch(() => undefined);
  else scheduleFlush(state);
}

async function writeBatch(batch: Map<string, PendingView>): Promise<void> {
  const ids = [...batch.keys()];
  const views = ids.map((id) => batch.get(id)!.views);
  const times = ids.map((id) => batch.get(id)!.lastViewedAt.toISOString());
  // One statement for the whole batch; a link deleted meanwhile simply matches no row.
  await db.$executeRaw`
    UPDATE "ShareLink" AS link
    SET "viewCount" = link."viewCount" + batch.views,
        "lastViewedAt" = GREATEST(link."lastViewedAt", batch.viewed_at::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(${ids}::text[], ${views}::int[], ${times}::text[]) AS batch(id, views, viewed_at)
    WHERE link.id = batch.id`;
}

/**
 * Writes every pending view now; resolves to how many were written. One flush at a time: a call
 * during a flush waits for it and then writes what came in meanwhile. On failure the views stay
 * pending (a later flush retries) and the error is thrown to the caller.
 */
export async function flushShareViews(): Promise<number> {
  const state = counter();
  while (state.flushing) await state.flushing.catch(() => undefined);
  if (state.timer) {
    clearTimeout(state.timer);
    state.timer = null;
  }
  if (state.pendingViews === 0) return 0;
  const batch = state.pending;
  const written = state.pendingViews;
  state.pending = new Map();
  state.pendingViews = 0;
  state.flushing = writeBatch(batch).then(
    () => written,
    (error: unknown) => {
      for (const [linkId, entry] of batch) addPending(state, linkId, entry.views, entry.lastViewedAt);
      scheduleFlush(state);
      throw error;
    },
  );
  try {
    return await state.flushing;
  } finally {
    state.flushing = null;
  }
}
