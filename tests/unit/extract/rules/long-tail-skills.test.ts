/**
 * Rule: a tech-shaped name standing in a list beside known skills ("Mill, Scala, Vert.x, Spark")
 * is a skill even when the taxonomy lacks it; it comes back with the stable id `new:<name>` and the
 * list's kind. Places, contract terms, labels and web addresses in the same list are not skills.
 */
import { analyze, ids } from "./support";

describe("long-tail skills", () => {
  test("an unknown name in a list beside known skills comes back as new:<name>", () => {
    const skills = analyze("Tech: Scala, Kafka, Zorblax, Spark").skills;
    expect(skills.find((s) => s.id === "new:zorblax")).toMatchObject({ name: "Zorblax", kind: "preferred" });
  });

  test("places, contract terms and labels in a list are not skills", () => {
    const found = ids("Stack: Scala, Kafka, Remote, Full-time, USA, www.acme.io");
    expect(found.filter((id) => id.startsWith("new:"))).toEqual([]);
    const title = ids("Tenki Cloud - San Francisco, CA - Head of Developer Relations - Full-time\n\nWe use Go and Kubernetes.");
    expect(title.filter((id) => id.startsWith("new:"))).toEqual([]);
  });

  test("countries and cities beside the tools are places, and the company's name is not a skill", () => {
    const text = "Tram Case - Hiring Backend Engineers - Remote\n\n[1] Staff Software Engineer, TypeScript/React (Poland/UK/Ireland, Remote)\n\nStack: Tram Case, Scala, Kafka, Zurich, Warsaw";
    expect(ids(text).filter((id) => id.startsWith("new:"))).toEqual([]);
  });
});

describe("long-tail names at the edge of a list", () => {
  test("the last item keeps its name, not the words after it", () => {
    const found = analyze("We use Cursor, Claude Code and Greptile day-to-day.").skills.map((s) => s.name);
    expect(found).toContain("Greptile");
    expect(found).not.toContain("Greptile day-to-day");
  });

  test("a sentence-opening word after a label is not a name", () => {
    const found = analyze("Storage Sysadmin: Lustre, InfiniBand, Ceph, This is the second role.").skills.map((s) => s.id);
    expect(found).not.toContain("new:this");
  });
});

describe("a taxonomy name held back by its context rule", () => {
  test("standing in a list of skills it is the taxonomy's skill, not a new one of the same name", () => {
    const found = ids("Requirements:\n- Experience with Python, Express, and Java");
    expect(found).toContain("express");
    expect(found).not.toContain("new:express");
  });
});

describe("what a list's commas do not make a skill", () => {
  test("a number's thousands separator splits no item ('Generated 70,000 patient notes')", () => {
    expect(ids("Requirements:\n- Generated 70,000 patient notes daily using ASR, Python and LLMs").filter((id) => id.startsWith("new:"))).toEqual([]);
  });

  test("a '-wise' opener is not a name ('Tech-wise, it's React/Typescript + Julia')", () => {
    expect(ids("Tech-wise, it's React/Typescript + Julia, if that's interesting.")).not.toContain("new:tech-wise");
  });
});

describe("the company's own name and products", () => {
  test("'Dagster' at Dagster Labs and 'Sourcegraph Cody' at Sourcegraph say who hires", () => {
    expect(ids("Dagster Labs - Software Engineers - Remote\n\nRequirements:\n- Experience with Dagster, Python and dbt")).not.toContain("dagster");
    expect(ids("Sourcegraph - REMOTE - Engineers\n\nYou have used Sourcegraph Cody and Python.")).not.toContain("sourcegraph-cody");
  });
});
