import { buildPrepPlan, foldIcsLine, prepPlanToIcs, escapeIcsText } from "@/lib/analysis/plan";
import { PREP_PLAN_THEMES } from "@/seeds/prep-plan";
import { createSkillGraph } from "@/lib/analysis/score";

const graph = createSkillGraph([{ id: "kdb-plus", name: "kdb+" }]);
const octets = (text: string) => new TextEncoder().encode(text).length;

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);
}

describe("prepPlanToIcs", () => {
  const plan = buildPrepPlan({
    gaps: [{ skillId: "kdb-plus", name: "kdb+; q, tick \\ \"lead\"", gain: 10 }],
    recommendations: [{ title: "Q for Mortals, 3rd edition; KX", url: "https://code.kx.com/q4m3/", hours: 40, skillId: "kdb-plus" }],
    themes: [...PREP_PLAN_THEMES],
    startDate: "2026-11-16",
    days: 3,
    hoursPerDay: 4,
    completedSessionIds: [],
    graph,
  });
  const ics = prepPlanToIcs(plan, { calendarName: "Fitgap prep, kdb+", stampUtc: "2026-11-15T08:30:00Z" });
  const lines = unfold(ics);

  test("uses CRLF line endings only and folds at 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain("\r\n ");
  });

  test("is a calendar with one event per session, each with UID, DTSTAMP, DTSTART, DTEND, SUMMARY", () => {
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((line) => line.startsWith("PRODID:"))).toBe(true);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    const sessionCount = plan.days.flatMap((day) => day.sessions).length;
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(sessionCount);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(sessionCount);
    expect(lines.filter((line) => line === "DTSTAMP:20261115T083000Z")).toHaveLength(sessionCount);
    const uids = lines.filter((line) => line.startsWith("UID:"));
    expect(new Set(uids).size).toBe(sessionCount);
    expect(lines).toContain("DTSTART:20261116T090000");
    expect(lines).toContain("DTEND:20261116T110000");
  });

  test("escapes commas, semicolons, backslashes and newlines in text", () => {
    expect(lines).toContain("X-WR-CALNAME:Fitgap prep\\, kdb+");
    const summary = lines.find((line) => line.startsWith("SUMMARY:Day 1"))!;
    expect(summary).toContain("kdb+\\; q\\, tick \\\\ \"lead\": Q for Mortals\\, 3rd edition\\; KX");
    expect(escapeIcsText("a\nb\r\nc")).toBe("a\\nb\\nc");
    const description = lines.find((line) => line.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("\\n");
  });

  test("folding never splits a multi-byte character and unfolds to the original", () => {
    const line = `SUMMARY:${"Prépa entretien — système distribué ✓ ".repeat(6)}`;
    const folded = foldIcsLine(line);
    for (const piece of folded.split("\r\n")) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  test("is deterministic: the stamp comes from the argument", () => {
    expect(prepPlanToIcs(plan, { calendarName: "Fitgap prep, kdb+", stampUtc: "2026-11-15T08:30:00Z" })).toBe(ics);
  });
});
