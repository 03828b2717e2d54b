import { loadTaxonomy } from "@/lib/analysis/taxonomy/schema";
import { SKILL_DATA_FILES } from "@/lib/analysis/taxonomy/data-files";

const skill = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, aliases: [], parents: [], ...extra });
const load = (language: unknown[]) => () => loadTaxonomy({ language } as never);

describe("taxonomy data validation", () => {
  it("loads the committed data files", () => {
    expect(loadTaxonomy(SKILL_DATA_FILES).length).toBeGreaterThan(2000);
  });
  it("rejects a duplicate id", () => {
    expect(load([skill("go"), skill("go")])).toThrow(/duplicate id go/);
  });
  it("rejects a parent that does not exist", () => {
    expect(load([skill("go", { parents: ["programming"] })])).toThrow(/parent programming does not exist/);
  });
  it("rejects a cycle", () => {
    expect(load([skill("a", { parents: ["b"] }), skill("b", { parents: ["a"] })])).toThrow(/cycle/);
  });
  it("rejects a surface form claimed by two skills", () => {
    expect(load([skill("postgresql", { aliases: ["Postgres"] }), skill("postgres-db", { name: "postgres" })])).toThrow(/claimed by postgresql and postgres-db/);
  });
  it("rejects unknown fields and bad ids", () => {
    expect(load([{ ...skill("go"), kind: "x" }])).toThrow(/language.json/);
    expect(load([skill("Go Lang")])).toThrow(/kebab-case/);
  });
});
