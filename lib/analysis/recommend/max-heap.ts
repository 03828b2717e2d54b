/**
 * A binary max-heap: push and pop in O(log n). The study-next ranking takes the best skill out,
 * re-measures it and puts it back many times; re-sorting the whole list each time made that
 * quadratic in the number of skills.
 */
export class MaxHeap<T> {
  private readonly items: T[] = [];

  /** `compare(a, b) > 0` when a ranks above b. */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.compare(items[child], items[parent]) <= 0) break;
      [items[child], items[parent]] = [items[parent], items[child]];
      child = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let best = parent;
        if (left < items.length && this.compare(items[left], items[best]) > 0) best = left;
        if (right < items.length && this.compare(items[right], items[best]) > 0) best = right;
        if (best === parent) break;
        [items[parent], items[best]] = [items[best], items[parent]];
        parent = best;
      }
    }
    return top;
  }
}
