import "server-only";

/**
 * A bounded, least-recently-used map of what public share pages show, kept in process memory.
 * Bounded both in entries and in an estimate of their size (a huge posting counts for more), so
 * it cannot grow without limit whatever links are opened. A Map keeps insertion order: a hit
 * moves its entry to the end, and the oldest entries are dropped first.
 *
 * Only ever read with a key that includes every input of what is cached (see
 * buildSharedReport), after the link itself was checked in the database on the same view: the
 * cache saves loading and decoding the stored report, never the check that the link is live.
 */
export interface BoundedCacheLimits {
  maxEntries: number;
  maxSize: number;
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private size = 0;

  constructor(
    private readonly limits: BoundedCacheLimits,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = Math.max(1, this.sizeOf(value));
    this.delete(key);
    if (size > this.limits.maxSize) return;
    this.entries.set(key, { value, size });
    this.size += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.size <= this.limits.maxSize) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }

  get count(): number {
    return this.entries.size;
  }

  get totalSize(): number {
    return this.size;
  }
}
