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
  });
});
