/**
 * Rule: a title or a line that names an opening says who is hired, not what is asked. The title
 * line keeps its tools, as preferred, but never the role's field ("Senior Machine Learning
 * Engineer"); a line that only names an opening keeps its tools (in its name, its brackets, or
 * short parts after it: pay, place, tools, link) as its stack; a field naming the
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

  test("an opening with pay, tools and a link in parts after its name keeps those tools as its stack", () => {
    const text =
      "Atlanta, US (semi-onsite):\n\n* Senior Software Engineer, Web Capture - $145~170k USD + up to 10% bonus - JavaScript/TypeScript, React, Go (golang) - https://example.com/jobs/1\n* Sales Engineer - $90~140k USD - https://example.com/jobs/2";
    expect(kinds(text)).toEqual({ javascript: "preferred", typescript: "preferred", react: "preferred", go: "preferred" });
  });

  test("the tools in an opening's name are its stack; its field names the role", () => {
    expect(kinds("We're hiring:\n\nSenior Go Engineer, Payments - Remote\nStaff Mobile Engineer - London")).toEqual({ go: "preferred" });
  });

  test("openings grouped under a place keep their tools, whatever the place heading reads like", () => {
    const text = "Remote (US):\n\n* Senior Backend Engineer - $150~170k - Go, Kubernetes - https://example.com/1\n\nAtlanta, US:\n\n* Senior Frontend Engineer - React, TypeScript";
    expect(kinds(text)).toEqual({ go: "preferred", kubernetes: "preferred", react: "preferred", typescript: "preferred" });
  });

  test("a header line of parts stays a title even when one part states a condition", () => {
    const text = "Vistulo - Sr. Java Backend / Sr. Network Engineer - REMOTE, must be based in Poland or Romania - $110k-$160k / year\n\nRequirements:\n- Kafka";
    expect(kinds(text)).toEqual({ java: "preferred", "apache-kafka": "must" });
  });

  test("the company's own name is who hires, never a skill", () => {
    const text = "Fullstory - REMOTE (US) - https://www.fullstory.com/\n\nFullstory offers privacy-preserving session replay for websites.\n\nRequirements:\n- Go";
    expect(kinds(text)).toEqual({ go: "must" });
  });

  test("a part after the dash that speaks is a sentence, not an opening's part", () => {
    expect(kinds("Senior Engineer - you must have strong Kafka skills")).toEqual({ "apache-kafka": "must" });
  });

  test("'a Senior Back-end Engineer' is the role, 'strong back-end development skills' a demand", () => {
    expect(ids("We're growing and looking for a Senior Back-end Engineer to extend our platform.")).not.toContain("back-end-development");
    expect(ids("Requirements:\n- Strong back-end development skills in Go")).toContain("back-end-development");
  });
});

describe("DevOps in a list of openings names a role", () => {
  test("'Senior DevOps Engineer - https://...' says who is hired, not a skill", () => {
    const text = "Picnic - Multiple Roles - Amsterdam\n\nWe are hiring:\n\n- Senior DevOps Engineer - https://grnh.se/7849f2251us\n- Tech Lead (Python) - https://grnh.se/k4bsdwvv1us";
    const found = ids(text);
    expect(found).toContain("python");
    expect(found).not.toContain("devops");
  });
});
