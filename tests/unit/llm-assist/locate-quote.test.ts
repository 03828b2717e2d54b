import { foldText, locateQuote } from "@/lib/analysis/llm-assist/locate-quote";

describe("locateQuote", () => {
  const text = "Requirements:\n• Experience with “event-driven” systems —\n  Kafka or Pulsar.\n• İstanbul office";
  const folded = foldText(text);

  it("maps a quote with straightened quotes, dashes and collapsed lines back to its exact span", () => {
    const span = locateQuote(folded, "Experience with \"event-driven\" systems - Kafka or Pulsar.")!;
    expect(text.slice(span[0], span[1])).toBe("Experience with “event-driven” systems —\n  Kafka or Pulsar");
  });

  it("keeps offsets right after a character that lowercases to two", () => {
    const span = locateQuote(folded, "istanbul office");
    // "İ" lowercases to "i̇" (two code units), so plain "istanbul" does not match it; its folded form does.
    expect(span).toBeNull();
    const exact = locateQuote(folded, "İstanbul office")!;
    expect(text.slice(exact[0], exact[1])).toBe("İstanbul office");
  });

  it("finds nothing for a paraphrase or an elision", () => {
    expect(locateQuote(folded, "Experience with Kafka or Pulsar")).toBeNull();
    expect(locateQuote(folded, "Experience with ... Kafka")).toBeNull();
    expect(locateQuote(folded, "x")).toBeNull();
  });
});
