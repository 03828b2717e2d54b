/**
 * Rule: a title or a line that names an opening says who is hired, not what is asked. The title
 * line keeps its tools, as preferred, but never the role's field ("Senior Machine Learning
 * Engineer"); a line that only names an opening keeps the tools in its brackets; a field naming the
 * hire ("looking for a Senior Back-end Engineer") is not a demand, while "strong back-end
 * development skills" is. These follow how the labelled sets read postings.
 */
import { ids, kinds } from "./support";

describe("titles and openings name who is hired", () => {
  test("a title keeps its tools, as preferred, and drops the role's field", () => {
    const found = kinds("Phrasing - CTO - Elixir/ClojureScript - Senior Machine Learning Engineer - Remote\n\nWe build language tools.");
    expect(found).toMatchObject({ elixir: "preferred", clojurescript: "preferred" });
    expect(found["ml-engineering"]).toBeUndefined();
  });

  test("a line that only names an opening keeps its bracketed tools", () => {
    const found = kinds("Open roles:\n\nSenior Mobile Engineer (React Native)\nStaff Database Engineer\nCRM Specialist (German-speaking)");
    expect(found).toEqual({ "react-native": "preferred" });
  });

  test("'a Senior Back-end Engineer' is the role, 'strong back-end development skills' a demand", () => {
    expect(ids("We're growing and looking for a Senior Back-end Engineer to extend our platform.")).not.toContain("back-end-development");
    expect(ids("Requirements:\n- Strong back-end development skills in Go")).toContain("back-end-development");
  });
});
