/**
 * The skill families added for postings beyond the tuning set: each area resolves its common
 * surface forms, hangs under a sensible parent, and guards the forms that are also English words.
 */
import { extractRequirements } from "@/lib/analysis/extract";
import { ancestorsOf, findSkillByName, getSkill } from "@/lib/analysis/taxonomy";

describe("added skill families", () => {
  test.each([
    // storage and distributed systems
    ["LSM tree", "lsm-trees"],
    ["write-ahead log", "write-ahead-logging"],
    ["Raft", "raft"],
    ["Multi-Paxos", "paxos"],
    ["lock-free data structures", "lock-free-programming"],
    ["CPU affinity", "cpu-pinning"],
    // mobile
    ["Kotlin Coroutines", "kotlin-coroutines"],
    ["Fastlane", "fastlane"],
    ["Model-View-ViewModel", "mvvm"],
    ["WebRTC", "webrtc"],
    ["HealthKit", "healthkit"],
    // data and analytics
    ["XLOOKUP", "excel-lookup-functions"],
    ["dplyr", "tidyverse"],
    ["survey analysis", "survey-analysis"],
    ["t-tests", "statistical-tests"],
    // integration
    ["OData", "odata"],
    ["SAP IDoc", "sap-idoc"],
    ["EDIFACT", "edifact"],
    ["MuleSoft", "mulesoft"],
    // security and certifications
    ["password hashing", "password-hashing"],
    ["bug bounty", "bug-bounty-programs"],
    ["OSWE", "oswe"],
    ["CKA", "cka"],
    ["AZ-104", "az-104"],
    // compliance and trading
    ["AMLD6", "eu-aml-directives"],
    ["audit trail", "audit-trails"],
    ["Simple Binary Encoding", "sbe-protocol"],
    ["FPGA", "fpga"],
    // embedded, platform, games, quality
    ["FreeRTOS", "freertos"],
    ["ISO 26262", "functional-safety"],
    ["Karpenter", "kubernetes-autoscaling"],
    ["error budgets", "service-level-objectives"],
    ["TestRail", "test-management-tools"],
    ["netcode", "game-networking"],
  ])("%s -> %s", (form, id) => {
    expect(findSkillByName(form)?.id).toBe(id);
  });

  test("new skills hang under the umbrella skills of their area", () => {
    expect(ancestorsOf("raft")).toEqual(expect.arrayContaining(["consensus-algorithms", "distributed-systems"]));
    expect(ancestorsOf("fastlane")).toEqual(expect.arrayContaining(["mobile-ci-cd", "mobile-development"]));
    expect(ancestorsOf("sap-idoc")).toEqual(expect.arrayContaining(["sap-integration", "sap"]));
    expect(ancestorsOf("cka")).toContain("kubernetes");
    expect(ancestorsOf("oswe")).toContain("penetration-testing");
  });

  test("forms that are also English words are guarded", () => {
    expect(getSkill("combine")?.ambiguity).toMatchObject({ forms: ["Combine"], caseSensitive: true });
    const found = (text: string) => extractRequirements(text).skills.map((s) => s.id);
    expect(found("Requirements\n- You combine product sense with technical depth")).not.toContain("combine");
    expect(found("Requirements\n- SwiftUI and Combine")).toContain("combine");
    expect(found("Requirements\n- Build consensus across teams")).not.toContain("consensus-algorithms");
    expect(found("Requirements\n- Distributed consensus (Raft or Paxos)")).toEqual(expect.arrayContaining(["consensus-algorithms", "raft", "paxos"]));
    expect(found("Requirements\n- You'll be paired with a mentor during onboarding")).not.toContain("mentoring");
    expect(found("Requirements\n- Ability to mentor junior engineers")).toContain("mentoring");
  });
});
