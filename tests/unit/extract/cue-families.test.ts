/**
 * The cue phrase lists (lib/analysis/extract/cues): each family compiles to one expression, a
 * phrase is written once, and a family reads the way its docs say.
 */
import { compileCue, type CueFamily } from "@/lib/analysis/extract/cues/compile";
import { CUES, HEADING_FAMILIES } from "@/lib/analysis/extract/cues";
import * as voice from "@/lib/analysis/extract/cues/voice-cues";
import * as unmarked from "@/lib/analysis/extract/cues/unmarked-cues";
import * as context from "@/lib/analysis/extract/cues/context-cues";
import * as headings from "@/lib/analysis/extract/cues/headings-cues";
import * as years from "@/lib/analysis/extract/cues/years-cues";
import * as words from "@/lib/analysis/extract/cues/words-cues";

const families: [string, CueFamily][] = [voice, unmarked, context, headings, years, words].flatMap((module) =>
  Object.entries(module as Record<string, CueFamily>),
);

describe("cue families", () => {
  test.each(families)("%s lists each phrase once", (_name, family) => {
    const sources = family.phrases.map((phrase) => phrase.source);
    expect(new Set(sources).size).toBe(sources.length);
  });

  test("every family is compiled in cues/index.ts", () => {
    const compiled = Object.keys(CUES).length + HEADING_FAMILIES.length;
    expect(compiled).toBe(families.length);
  });

  test("a word family matches whole words only", () => {
    const cue = compileCue({ at: "word", phrases: [/plus/, /nice to have/] });
    expect(cue.test("kafka is a plus")).toBe(true);
    expect(cue.test("c++ and surplus stock")).toBe(false);
  });

  test("a start family matches only at the start", () => {
    const cue = compileCue({ at: "start", phrases: [/we use/] });
    expect(cue.test("we use go and postgres")).toBe(true);
    expect(cue.test("tools we use daily")).toBe(false);
  });

  test("a phrase with its own flags is refused: flags belong to the family", () => {
    expect(() => compileCue({ at: "word", phrases: [/plus/i] })).toThrow(/flags/);
  });

  test("the compiled families read real sentences as their docs say", () => {
    expect(CUES.preferred.test("experience with terraform is a plus")).toBe(true);
    expect(CUES.strongRequirement.test("you must have 5+ years of go")).toBe(true);
    expect(CUES.stackOpener.test("our stack is typescript, react and postgres")).toBe(true);
    expect(CUES.closing.test("please send your resume to jobs@example.com")).toBe(true);
    expect(CUES.negated.test("no prior rust experience needed")).toBe(true);
    expect(HEADING_FAMILIES.find(([, cue]) => cue.test("nice to haves"))?.[0]).toBe("preferred");
  });
});
