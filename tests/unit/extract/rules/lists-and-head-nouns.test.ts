/**
 * Rule: a list names each of its options, and an item shares the head noun of a later item.
 * "X, Y or Z" and "X or Y" keep every option; "application or product security" is two skills;
 * "data or business analyst role" names both disciplines, while a plural role noun ("data
 * scientists") names colleagues, not a skill; "(or comparable ...)" is a stand-in, not asked by name.
 */
import { ids, kinds } from "./support";

describe("an item shares a later item's head noun", () => {
  test("'application or product security, with hands-on secure code review'", () => {
    const found = kinds("Requirements\n- Five years of experience in application or product security, with hands-on secure code review");
    expect(found).toMatchObject({ "application-security": "must", "product-security": "must", "secure-code-review": "must" });
  });

  test("'Unit and UI testing with XCTest and Espresso'", () => {
    expect(kinds("Requirements\n- Unit and UI testing with XCTest and Espresso")).toMatchObject({ "unit-testing": "must", "ui-testing": "must" });
  });

  test("'Strong presentation and data storytelling skills are required'", () => {
    expect(kinds("Requirements\n- Strong presentation and data storytelling skills are required")).toHaveProperty("presentation-skills");
  });
});

describe("role nouns", () => {
  test("a role noun names a discipline: 'a data or business analyst role'", () => {
    expect(kinds("Requirements\n- At least two years of experience in a data or business analyst role")).toMatchObject({
      "data-analysis": "must",
      "business-analysis": "must",
    });
  });

  test("a plural role noun names colleagues: 'to data scientists and product managers'", () => {
    expect(kinds("Requirements\n- You explain trade-offs clearly to data scientists and product managers")).not.toHaveProperty("data-science");
  });
});

describe("every option of a list", () => {
  test("'X or Y' keeps both options and vendor OS names stay networking", () => {
    const found = kinds(
      "We are looking for someone with deep, hands-on knowledge of BGP (route policy, RPKI route origin validation) and IS-IS or OSPF. You should be comfortable on Cisco IOS XR and Juniper Junos, and familiarity with Nokia SR OS would be a bonus.",
    );
    expect(found).toMatchObject({ bgp: "must", rpki: "must", "routing-policy": "must", "cisco-ios-xr": "must", "juniper-junos": "must", "nokia-sr-os": "preferred" });
    expect(found["augmented-and-virtual-reality"]).toBeUndefined();
  });

  test("'(or comparable ...)' stand-ins are not asked for by name", () => {
    expect(ids("Requirements\n- Solid production exposure to NestJS (or comparable backend frameworks)")).toEqual(["nestjs"]);
  });
});

describe("singular and plural forms of a name", () => {
  test("the singular of a plural alias of two words or more is the same skill", () => {
    expect(kinds("Requirements:\n- State of the art LLM and transformer model experience")["transformer-architecture"]).toBe("must");
  });

  test("a one-word name keeps its final s ('Pandas' is not 'panda')", () => {
    expect(kinds("Requirements:\n- Pandas and NumPy").pandas).toBe("must");
  });
});
