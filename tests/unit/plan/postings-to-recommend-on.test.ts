import { MAX_RECOMMENDED_POSTINGS, postingsToRecommendOn } from "@/lib/analysis/plan";
import type { StudyNextItem } from "@/lib/analysis/recommend";

function gap(skillId: string, postings: [index: number, gain: number][]): StudyNextItem {
  return { skillId, name: skillId, gain: 0, mustPostings: 0, claimedLevel: 0, studyingLevel: 0, studyingIn: [], postings: postings.map(([index, gain]) => ({ index, title: null, gain })) };
}

describe("postingsToRecommendOn", () => {
  test("few postings: all of them, in order (a plan for a few postings is as before)", () => {
    expect(postingsToRecommendOn([gap("python", [[2, 5]])], 5)).toEqual([0, 1, 2, 3, 4]);
  });

  test("many postings: gap by gap, where each gains most, in turns, capped, in the postings' order", () => {
    const many = 1_000;
    const gaps = [
      gap("python", Array.from({ length: 400 }, (_, index) => [index, index % 7] as [number, number])),
      gap("kafka", [[999, 30], [998, 20], [997, 10]]),
    ];
    const chosen = postingsToRecommendOn(gaps, many);
    expect(chosen).toHaveLength(MAX_RECOMMENDED_POSTINGS);
    expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
    // Every kafka posting is in, though python asks 400: turns give each gap its best postings.
    expect(chosen).toEqual(expect.arrayContaining([997, 998, 999]));
    // Python's are its biggest gains (6), never a posting where it gains nothing.
    expect(chosen.filter((index) => index < 400).every((index) => index % 7 === 6)).toBe(true);
  });
});
