import { buildPrepPlan, type PlanGap, type PrepPlan } from "@/lib/analysis/plan";
import { PREP_PLAN_THEMES } from "@/seeds/prep-plan";
import { createSkillGraph } from "@/lib/analysis/score";
import { seededRandom } from "../score/random";

const graph = createSkillGraph([
  { id: "kdb-plus", name: "kdb+" },
  { id: "fastapi", name: "FastAPI", parents: ["python"] },
  { id: "python", name: "Python" },
  { id: "terraform", name: "Terraform" },
  { id: "mlflow", name: "MLflow", parents: ["mlops"] },
  { id: "mlops", name: "MLOps" },
  { id: "kyc", name: "KYC" },
  { id: "distributed-systems", name: "Distributed systems" },
  { id: "communication", name: "Communication" },
]);

const GAPS: PlanGap[] = [
  { skillId: "kdb-plus", name: "kdb+", gain: 40 },
  { skillId: "distributed-systems", name: "Distributed systems", gain: 30 },
  { skillId: "fastapi", name: "FastAPI", gain: 20 },
  { skillId: "terraform", name: "Terraform", gain: 10 },
  { skillId: "mlflow", name: "MLflow", gain: 8 },
];

const RESOURCES = [
  { title: "Q for Mortals", url: "https://code.kx.com/q4m3/", hours: 40, skillId: "kdb-plus" },
  { title: "FastAPI tutorial", url: "https://fastapi.tiangolo.com/tutorial/", hours: 6, skillId: "fastapi" },
];

function build(overrides: Partial<Parameters<typeof buildPrepPlan>[0]> = {}): PrepPlan {
  return buildPrepPlan({ gaps: GAPS, recommendations: RESOURCES, themes: [...PREP_PLAN_THEMES], startDate: "2026-11-16", graph, ...overrides });
}

function sessions(plan: PrepPlan) {
  return plan.days.flatMap((day) => day.sessions);
}

describe("buildPrepPlan", () => {
  test("defaults to 7 days of 4 hours, dated from the start", () => {
    const plan = build();
    expect(plan.days).toHaveLength(7);
    expect(plan.days.map((day) => day.date)).toEqual(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"]);
    expect(plan.days.every((day) => day.hours === 4)).toBe(true);
    expect(plan.totalHours).toBe(28);
  });

  test("reads like the seed's plan: biggest gaps first, behavioural prep, mock interviews last", () => {
    const plan = build();
    expect(plan.days[0].title).toContain("kdb+");
    expect(plan.days[6].title).toBe("Full mock interviews and weak-spot fixes");
    expect(sessions(plan).some((session) => session.themeId === "behavioural")).toBe(true);
    const fastapi = sessions(plan).find((session) => session.skillIds.includes("fastapi"))!;
    expect(fastapi.themeId).toBe("python-apis");
    expect(fastapi.resource).toEqual({ title: "FastAPI tutorial", url: "https://fastapi.tiangolo.com/tutorial/" });
    expect(fastapi.tasks.join(" ")).toContain("FastAPI service");
    const mlflow = sessions(plan).find((session) => session.skillIds.includes("mlflow"))!;
    expect(mlflow.themeId).toBe("databricks-mlflow");
  });

  test("always fits days x hours, with back-to-back sessions of at most 2 hours", () => {
    const random = seededRandom(11);
    for (let index = 0; index < 200; index++) {
      const days = random.int(1, 10);
      const hoursPerDay = random.int(1, 16) / 2;
      const gaps = Array.from({ length: random.int(0, 8) }, (_, gap) => ({ skillId: `skill-${gap}`, name: `Skill ${gap}`, gain: random.int(1, 50) }));
      const plan = buildPrepPlan({ gaps, themes: random.chance(0.5) ? [...PREP_PLAN_THEMES] : [], startDate: "2026-11-16", days, hoursPerDay, graph });
      expect(plan.days).toHaveLength(days);
      for (const day of plan.days) {
        const total = day.sessions.reduce((sum, session) => sum + session.hours, 0);
        expect(total).toBe(day.hours);
        expect(day.hours).toBeLessThanOrEqual(hoursPerDay);
        let clock = day.sessions[0]?.start;
        for (const session of day.sessions) {
          expect(session.hours).toBeGreaterThan(0);
          expect(session.hours).toBeLessThanOrEqual(2);
          expect(session.start).toBe(clock);
          expect(session.date).toBe(day.date);
          clock = session.end;
        }
      }
      expect(plan.totalHours).toBeLessThanOrEqual(days * hoursPerDay);
      const ids = sessions(plan).map((session) => session.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test("session ids come from content: ticking off survives regenerating on other dates", () => {
    const plan = build();
    const ticked = sessions(plan).slice(0, 3).map((session) => session.id);
    const later = build({ startDate: "2026-12-01", completedSessionIds: ticked });
    expect(sessions(later).map((session) => session.id)).toEqual(sessions(plan).map((session) => session.id));
    expect(sessions(later).filter((session) => session.done).map((session) => session.id)).toEqual(ticked);
  });

  test("more hours a day give each gap at least as much time", () => {
    const hoursFor = (plan: PrepPlan, skillId: string) =>
      sessions(plan).filter((session) => session.skillIds.includes(skillId)).reduce((sum, session) => sum + session.hours, 0);
    const small = build({ hoursPerDay: 2 });
    const large = build({ hoursPerDay: 6 });
    for (const gap of GAPS) expect(hoursFor(large, gap.skillId)).toBeGreaterThanOrEqual(hoursFor(small, gap.skillId));
  });
});
