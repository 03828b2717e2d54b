/**
 * Rule: a negation or a disclaimer drops exactly what it points at. "No Java experience needed",
 * "we don't mind if you came from Java", "you won't need either", "you won't need any of that
 * here", "this is not a C role", "... but this role is all Android", "we don't run on Shopify" and
 * a tool "we'd love you to retire" are not asked; the demands around them still are.
 */
import { ids, kinds, years } from "./support";

describe("a negation drops what it names", () => {
  test("'we don't mind if you came from Java or C#' asks for neither; 'fluent in Go today' keeps its 3 years", () => {
    const text =
      "Backend role\n\nYou should have 5+ years of backend development experience, at least 3 of them writing production Go (we don't mind if you came from Java or C#, but you need to be fluent in Go today).";
    const found = kinds(text);
    expect(found.go).toBe("must");
    expect(found.java).toBeUndefined();
    expect(found["c-sharp"]).toBeUndefined();
    expect(years(text).go).toBe(3);
  });

  test("'No Java experience needed' is not a requirement", () => {
    expect(kinds("Requirements\n- Terraform or Pulumi\n- No Java experience needed")).not.toHaveProperty("java");
  });

  test("'No backend work, but being able to read our Laravel code helps.' does not ask for backend development", () => {
    expect(kinds("Contract\nNo backend work, but being able to read our Laravel code helps.")).not.toHaveProperty("back-end-development");
  });

  test("'don't need someone to define your tasks' negates no skill: the AI tools beside it are still asked", () => {
    const found = kinds(
      "This role is a good fit if you: are comfortable with ambiguity and don't need someone to define your tasks, and use AI tools as a genuine multiplier in your workflow.",
    );
    expect(found).toMatchObject({ "ai-coding-tools": "must" });
    expect(kinds("Requirements:\n- You don't need Java experience; Go is a must")).not.toHaveProperty("java");
  });

  test("'This is not a C role' drops C but keeps C++", () => {
    const found = kinds("Requirements:\n- Modern C++ (C++17 or later). This is not a C role, but you shouldn't be scared of pointers");
    expect(found["c-plus-plus"]).toBe("must");
    expect(found.c).toBeUndefined();
  });
});

describe("a negation that points back", () => {
  test("'(you won't need either)' and 'but you won't be writing it' drop what they point at", () => {
    const found = kinds(
      "Requirements:\n- Our product engineers build in Kotlin and React (you won't need either); Go is a must\n- Our mobile app is built in Unity, so you may review C# code from that team, but you won't be writing it.",
    );
    expect(found).toMatchObject({ go: "must" });
    expect(found).not.toHaveProperty("kotlin");
    expect(found).not.toHaveProperty("react");
    expect(found).not.toHaveProperty("c-sharp");
  });

  test("a stack the company says the candidate won't need is not a requirement", () => {
    const text =
      "Our iOS app is written in Swift, Android in Kotlin, and the backend is a set of Go services, but you won't need any of that here.\n\nRequirements:\n- Advanced SQL";
    const found = kinds(text);
    expect(found.swift).toBeUndefined();
    expect(found.kotlin).toBeUndefined();
    expect(found.sql).toBe("must");
  });

  test("'... but this role is all Android' disclaims the stack named before it", () => {
    const found = kinds("Our iOS app is written in Swift and SwiftUI, but this role is all Android.\n\nRequirements:\n- Kotlin");
    expect(found.swift).toBeUndefined();
    expect(found.kotlin).toBe("must");
  });
});

describe("tools not used or being retired", () => {
  test("a tool being retired or not used is not asked", () => {
    expect(ids("Unlike most brands we don't run on Shopify. We still have a Jenkins box that we'd love you to retire.")).toEqual([]);
  });

  test("'a Jenkins box that we'd love you to retire' is not a requirement beside real demands", () => {
    const found = kinds("You should know Python and Docker. We still have one rusty Jenkins box running nightly reports that we'd love you to retire.");
    expect(found.jenkins).toBeUndefined();
  });
});

describe("what is done without a tool", () => {
  test("'creating a better design system without Tailwind' does not ask for Tailwind", () => {
    expect(kinds("Requirements:\n- Major contributions to a design system, and interest in creating a better one without Tailwind")).not.toHaveProperty("tailwind-css");
  });
});
