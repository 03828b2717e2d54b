import { impliedLevel, isAnyOf } from "@/lib/analysis/score";

describe("impliedLevel", () => {
  test.each([
    ["Familiarity with advanced AI/ML concepts", 4],
    ["Exposure to cloud platforms (such as AWS, GCP, Azure)", 4],
    ["Strong interest in building generative AI applications", 4],
    ["Understanding of various data stores", 5],
    ["Experience with MLOps tools", 6],
    ["Hands-on practical experience delivering system design", 6],
    ["Ability to mentor team members", 6],
    ["Proficiency in Java and Python programming languages", 7],
    ["Excellent written and verbal communication skills", 7],
    ["Deep understanding of KDB technology and Q language", 9],
    ["Python", 6],
  ])("%s -> %i", (text, level) => {
    expect(impliedLevel(text).level).toBe(level);
  });

  test("familiarity < proficiency < deep understanding", () => {
    const levels = ["Familiarity with X", "Proficiency in X", "Deep understanding of X"].map((text) => impliedLevel(text).level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(3);
  });
});

describe("isAnyOf", () => {
  test.each([
    ["Experience with AWS, GCP or Azure", true],
    ["MLOps tools (e.g., MLflow, SageMaker)", true],
    ["cloud platforms (such as AWS, GCP, Azure)", true],
    ["Proficiency in Java and Python", false],
    ["Experience with ORMs and Oracle", false],
  ])("%s -> %s", (text, expected) => {
    expect(isAnyOf(text)).toBe(expected);
  });
});
