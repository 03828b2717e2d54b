/**
 * Rule: which figures are years of experience. "7+ years", "at least seven years", "3-5 years"
 * (the lower bound), "a minimum of 2 yrs", "5 or more years", "a decade" and "two decades" are;
 * company age, growth periods and "once a year" are not. A figure after "an additional" is marked
 * additional, so it is not read as the same requirement's total.
 */
import { findYearsMentions } from "@/lib/analysis/extract/years";
import { analyze, years } from "./support";

describe("figures that are years of experience", () => {
  test.each([
    ["7+ years of Python", 7],
    ["At least seven years of professional experience", 7],
    ["3-5 years of experience with Kafka", 3],
    ["3 to 5 years building APIs", 3],
    ["minimum of 5 years in backend development", 5],
    ["a minimum of 2 yrs of SQL", 2],
    ["10+ years' experience", 10],
    ["5 or more years with Go", 5],
  ])("%s -> %d", (text, expected) => {
    expect(findYearsMentions(text).map((m) => m.years)).toEqual([expected]);
  });

  test("decades count as years: 'A decade of industry experience', 'over two decades in trading'", () => {
    expect(findYearsMentions("A decade of industry experience").map((m) => m.years)).toEqual([10]);
    expect(findYearsMentions("over two decades in trading").map((m) => m.years)).toEqual([20]);
  });

  test("'an additional 2 years as a Lead' is marked additional", () => {
    const [first, second] = findYearsMentions("At least 7 years of experience using KDB. With at least an additional 2 years as a Lead.");
    expect([first.years, first.additional, second.years, second.additional]).toEqual([7, false, 2, true]);
  });
});

describe("figures that are not", () => {
  test("durations that are not experience are ignored", () => {
    expect(findYearsMentions("We have grown 3x in the last 2 years; the company is 10 years old")).toEqual([]);
  });

  test("'once a year' is not years of experience", () => {
    const result = analyze("Requirements:\n- Strong Python; we meet in person once a year.");
    expect(result.overallMinYears).toBeNull();
    expect(result.skills.find((s) => s.id === "python")?.minYears).toBeNull();
  });
});

describe("durations of the company or of residence are not experience", () => {
  test.each([
    "For more than 40 years, we have been driving digital transformation.",
    "Established company (20+ years) looking for mature generalists.",
    "Profitable for 4+ years.",
    "To be eligible, you MUST have been a citizen of the UK, USA, or Australia for at least 10 years.",
  ])("%s", (sentence) => {
    expect(analyze(`Acme - Engineers\n\n${sentence}\n\nRequirements:\n- Python`).overallMinYears).toBeNull();
  });

  test("years after a citizenship line are still experience", () => {
    expect(years("Requirements:\n- US citizenship required\n- You have worked with Python for 5+ years").python).toBe(5);
  });
});

describe("a degree's length is not experience", () => {
  test("'a 3 year university degree in engineering' sets no bar", () => {
    expect(analyze("Acme\n\nCandidate should at least have (or graduate shortly) a 3 year university degree in engineering.\n\nRequirements:\n- Python").overallMinYears).toBeNull();
  });
});
