/**
 * Rule: a place phrase says where the work happens, not a skill. "Node.js on the back end", "on
 * both the front end and the back end", "across the front end and back end" and "work on the
 * frontend and backend" keep only the tools around them; front-end and back-end development named
 * as a demand still match (the taxonomy names the pair together as Full-stack development).
 */
import { ids, kinds } from "./support";

describe("place phrases name no skill", () => {
  test("'on the back end' is where a tool runs, not a skill", () => {
    expect(kinds("Requirements:\n- TypeScript (Node.js on the back end)")).not.toHaveProperty("back-end-development");
  });

  test("'Strong TypeScript, on both the front end and the back end' names only TypeScript", () => {
    const found = ids("Requirements:\n- Strong TypeScript, on both the front end and the back end\n- Experience with PostgreSQL");
    expect(found).toContain("typescript");
    expect(found).not.toContain("front-end-development");
    expect(found).not.toContain("back-end-development");
  });

  test("'ship features across the front end and back end using React and Go' names React and Go", () => {
    const a = ids("Requirements:\n- You will ship features across the front end and back end using React and Go.");
    expect(a).toEqual(expect.arrayContaining(["react", "go"]));
    expect(a).not.toContain("front-end-development");
    expect(a).not.toContain("back-end-development");
    expect(a).not.toContain("full-stack-development");
  });

  test("'work on the frontend and backend of our Django app' names Django", () => {
    const b = ids("Requirements:\n- Comfortable to work on the frontend and backend of our Django app.");
    expect(b).toContain("django");
    expect(b).not.toContain("front-end-development");
    expect(b).not.toContain("back-end-development");
    expect(b).not.toContain("full-stack-development");
  });
});

describe("the same words as a demand still match", () => {
  test("'Back-end development in Go' is a skill", () => {
    expect(kinds("Requirements:\n- Back-end development in Go")).toHaveProperty("back-end-development");
  });

  test("front-end and back-end development as a demand still matches", () => {
    const a = ids("Requirements:\n- 3+ years of experience with front-end and back-end development");
    expect(a).toContain("full-stack-development");
    const b = ids("Requirements:\n- Full-stack (frontend + backend) experience with TypeScript");
    expect(b).toEqual(expect.arrayContaining(["full-stack-development", "typescript"]));
    const c = ids("Requirements:\n- Experience in frontend and backend development with Node.js");
    expect(c).toContain("full-stack-development");
    const d = ids("Requirements:\n- Strong back-end development skills in Go");
    expect(d).toContain("back-end-development");
  });
});
