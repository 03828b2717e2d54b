import { BoundedCache } from "@/lib/server/services/shared-report-cache";

describe("BoundedCache (the shared pages' memory)", () => {
  const sized = (limits: { maxEntries: number; maxSize: number }) => new BoundedCache<string>(limits, (value) => value.length);

  it("keeps at most maxEntries, dropping the least recently used first", () => {
    const cache = sized({ maxEntries: 2, maxSize: 1_000 });
    cache.set("a", "1");
    cache.set("b", "2");
    expect(cache.get("a")).toBe("1"); // a is now the most recently used
    cache.set("c", "3");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1");
    expect(cache.get("c")).toBe("3");
    expect(cache.count).toBe(2);
  });

  it("keeps the sum of sizes under maxSize and never stores one entry larger than it", () => {
    const cache = sized({ maxEntries: 100, maxSize: 10 });
    cache.set("a", "xxxx");
    cache.set("b", "yyyy");
    cache.set("c", "zzzz");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.totalSize).toBe(8);
    cache.set("huge", "x".repeat(11));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.totalSize).toBe(8);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const cache = sized({ maxEntries: 10, maxSize: 100 });
    cache.set("a", "12345");
    cache.set("a", "12");
    expect(cache.get("a")).toBe("12");
    expect(cache.totalSize).toBe(2);
    cache.delete("a");
    expect(cache.totalSize).toBe(0);
    expect(cache.count).toBe(0);
  });
});
