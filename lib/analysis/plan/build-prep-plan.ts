import { addDays } from "../score/dates";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import type { PlanDay, PlanGap, PlanResource, PlanSession, PrepPlan, PrepPlanTheme } from "./types";

export interface PrepPlanInput {
  /** Skills to work on with their weight (rankStudyNext output fits), biggest first. */
  gaps: PlanGap[];
  /** Resources for the sessions (recommendResources output fits); the first matching one is used. */
  recommendations?: PlanResource[];
  /** Day themes to group sessions by (seeds/prep-plan.ts); without them sessions follow the gaps. */
  themes?: PrepPlanTheme[];
  startDate: string;
  days?: number;
  hoursPerDay?: number;
  /** Ids of sessions already ticked off. */
  completedSessionIds?: readonly string[];
  /** Hour of day the first session starts (local time). */
  dayStartHour?: number;
  graph?: SkillGraph;
}

/** Time is planned in half-hour slots so day sums are exact. */
const SLOTS_PER_HOUR = 2;
const MAX_SESSION_SLOTS = 4;
const MAX_DAYS = 60;
/** No single gap takes more than this many days while other gaps are left without time. */
const MAX_DAYS_PER_GAP = 2;

const TOP_GAPS_THEME_ID = "top-gaps";
/** A gap joins a theme through at most this many parent links (FastAPI -> Python), not through broad umbrellas. */
const MAX_THEME_DISTANCE = 2;

interface WorkItem {
  themeId: string;
  slots: number;
  title: string;
  skillIds: string[];
  resource: { title: string; url: string | null } | null;
  tasks: string[];
}

interface ThemeGroup {
  theme: PrepPlanTheme;
  weight: number;
  items: WorkItem[];
}

/** FNV-1a, 32 bits: a short stable id from content. */
export function contentId(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `s-${hash.toString(16).padStart(8, "0")}`;
}

function clockTime(slot: number, dayStartHour: number): string {
  const minutes = dayStartHour * 60 + slot * (60 / SLOTS_PER_HOUR);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function themeFor(gap: PlanGap, themes: PrepPlanTheme[], graph: SkillGraph): PrepPlanTheme | undefined {
  const candidates = themes.filter((theme) => theme.placement !== "last");
  return (
    candidates.find((theme) => theme.skills.includes(gap.skillId)) ??
    candidates.find((theme) =>
      theme.skills.some((skillId) => (graph.distanceUp(gap.skillId, skillId) ?? Infinity) <= MAX_THEME_DISTANCE),
    )
  );
}

function resourceFor(gap: PlanGap, resources: PlanResource[]) {
  const match =
    resources.find((resource) => resource.skillId === gap.skillId) ??
    resources.find((resource) => resource.skillIds?.includes(gap.skillId));
  return match ? { title: match.title, url: match.url } : null;
}

/** Largest-divisor (D'Hondt) share of slots by gap weight, capped per gap until every gap is capped. */
function allocateSlots(gaps: PlanGap[], budget: number, capSlots: number): number[] {
  const slots = gaps.map(() => 0);
  for (let given = 0; given < budget; given++) {
    let best = -1;
    for (let capped = 0; capped < 2 && best < 0; capped++) {
      let bestValue = -Infinity;
      gaps.forEach((gap, index) => {
        if (capped === 0 && slots[index] >= capSlots) return;
        const value = gap.gain / (slots[index] + 1);
        if (value > bestValue) {
          bestValue = value;
          best = index;
        }
      });
    }
    if (best < 0) break;
    slots[best] += 1;
  }
  return slots;
}

function splitEvenly(total: number, parts: number): number[] {
  const count = Math.max(1, Math.min(parts, total));
  return Array.from({ length: count }, (_, index) => Math.floor(total / count) + (index < total % count ? 1 : 0));
}

export function buildPrepPlan(input: PrepPlanInput): PrepPlan {
  const graph = input.graph ?? taxonomyGraph;
  const days = Math.max(1, Math.min(MAX_DAYS, Math.floor(input.days ?? 7)));
  const hoursPerDay = Math.max(0.5, Math.min(16, Math.round((input.hoursPerDay ?? 4) * SLOTS_PER_HOUR) / SLOTS_PER_HOUR));
  const slotsPerDay = hoursPerDay * SLOTS_PER_HOUR;
  const themes = input.themes ?? [];
  const resources = input.recommendations ?? [];
  const done = new Set(input.completedSessionIds ?? []);

  const lastTheme = days >= 2 ? themes.find((theme) => theme.placement === "last") : undefined;
  const workDays = lastTheme ? days - 1 : days;
  let budget = workDays * slotsPerDay;

  // Themes worth doing whatever the gaps (behavioural prep), when there is room for them.
  const standing = themes.filter((theme) => theme.placement !== "last" && (theme.minHours ?? 0) > 0);
  const standingSlots = new Map<string, number>();
  for (const theme of standing) {
    const wanted = Math.round((theme.minHours ?? 0) * SLOTS_PER_HOUR);
    if (wanted * 2 <= budget) {
      standingSlots.set(theme.id, wanted);
      budget -= wanted;
    }
  }

  const seen = new Set<string>();
  const gaps = input.gaps
    .filter((gap) => gap.gain > 0 && !seen.has(gap.skillId) && seen.add(gap.skillId))
    .sort((a, b) => b.gain - a.gain || a.name.localeCompare(b.name));
  const allocation = allocateSlots(gaps, budget, MAX_DAYS_PER_GAP * slotsPerDay);

  const groups = new Map<string, ThemeGroup>();
  const groupFor = (theme: PrepPlanTheme): ThemeGroup => {
    let group = groups.get(theme.id);
    if (!group) {
      group = { theme, weight: 0, items: [] };
      groups.set(theme.id, group);
    }
    return group;
  };
  const topGapNames = gaps.filter((gap) => !themeFor(gap, themes, graph)).map((gap) => gap.name);
  const topGapsTheme: PrepPlanTheme = {
    id: TOP_GAPS_THEME_ID,
    title: `Learn the gaps: ${topGapNames.slice(0, 3).join(", ")}`,
    goal: "Raise the must-have skills where you are furthest from the postings.",
    skills: [],
    tasks: [],
  };

  gaps.forEach((gap, index) => {
    if (allocation[index] === 0) return;
    const group = groupFor(themeFor(gap, themes, graph) ?? topGapsTheme);
    const resource = resourceFor(gap, resources);
    group.weight += gap.gain;
    group.items.push({
      themeId: group.theme.id,
      slots: allocation[index],
      title: resource ? `${gap.name}: ${resource.title}` : `${gap.name}: practice and notes`,
      skillIds: [gap.skillId],
      resource,
      tasks: resource ? [`Work through ${resource.title}`] : [`Practise ${gap.name} hands-on and write down what you learn`],
    });
  });
  for (const theme of standing) {
    const slots = standingSlots.get(theme.id);
    if (!slots) continue;
    const group = groupFor(theme);
    const shares = splitEvenly(slots, Math.ceil(slots / MAX_SESSION_SLOTS));
    shares.forEach((share, part) => {
      const task = theme.tasks[part % Math.max(1, theme.tasks.length)] ?? theme.goal;
      group.items.push({ themeId: theme.id, slots: share, title: task, skillIds: theme.sessionSkills ?? theme.skills, resource: null, tasks: [task] });
    });
  }

  const order = (group: ThemeGroup) => (standingSlots.has(group.theme.id) ? 1 : 0);
  const orderedGroups = [...groups.values()].sort(
    (a, b) => order(a) - order(b) || b.weight - a.weight || a.theme.id.localeCompare(b.theme.id),
  );

  const planDays: PlanDay[] = Array.from({ length: days }, (_, index) => ({
    day: index + 1,
    date: addDays(input.startDate, index),
    title: "",
    goal: "",
    hours: 0,
    sessions: [],
  }));
  const usedSlots = planDays.map(() => 0);
  const themeOfSession = new Map<PlanSession, PrepPlanTheme>();
  const dayStartHour = input.dayStartHour ?? 9;
  const ids = new Set<string>();

  const place = (dayIndex: number, slots: number, item: WorkItem, part: number, parts: number, theme: PrepPlanTheme, extraTasks: string[]) => {
    const startSlot = usedSlots[dayIndex];
    usedSlots[dayIndex] += slots;
    let id = contentId(`${item.themeId}|${item.skillIds.join(",")}|${item.title}|${part}`);
    for (let suffix = 2; ids.has(id); suffix++) id = contentId(`${item.themeId}|${item.title}|${part}|${suffix}`);
    ids.add(id);
    const session: PlanSession = {
      id,
      date: planDays[dayIndex].date,
      start: clockTime(startSlot, dayStartHour),
      end: clockTime(startSlot + slots, dayStartHour),
      hours: slots / SLOTS_PER_HOUR,
      title: parts > 1 ? `${item.title} (part ${part} of ${parts})` : item.title,
      themeId: item.themeId,
      skillIds: item.skillIds,
      resource: item.resource,
      tasks: [...item.tasks, ...extraTasks],
      done: done.has(id),
    };
    planDays[dayIndex].sessions.push(session);
    themeOfSession.set(session, theme);
  };

  let dayIndex = 0;
  for (const group of orderedGroups) {
    let firstOfTheme = true;
    for (const item of group.items) {
      let remaining = item.slots;
      const parts: number[] = [];
      // Pre-compute the pieces so each session knows "part k of n".
      let simulatedDay = dayIndex;
      let simulatedUsed = usedSlots[dayIndex] ?? slotsPerDay;
      while (remaining > 0 && simulatedDay < workDays) {
        if (simulatedUsed >= slotsPerDay) {
          simulatedDay += 1;
          simulatedUsed = 0;
          continue;
        }
        const piece = Math.min(remaining, MAX_SESSION_SLOTS, slotsPerDay - simulatedUsed);
        parts.push(piece);
        simulatedUsed += piece;
        remaining -= piece;
      }
      parts.forEach((piece, partIndex) => {
        while (usedSlots[dayIndex] >= slotsPerDay) dayIndex += 1;
        const extra = firstOfTheme ? group.theme.tasks.filter((task) => !item.tasks.includes(task)) : [];
        firstOfTheme = false;
        place(dayIndex, piece, item, partIndex + 1, parts.length, group.theme, standingSlots.has(group.theme.id) ? [] : extra);
      });
    }
  }

  if (lastTheme) {
    const lastIndex = days - 1;
    const tasks = lastTheme.tasks.length > 0 ? lastTheme.tasks : [lastTheme.goal];
    const shares = splitEvenly(slotsPerDay, Math.max(tasks.length, Math.ceil(slotsPerDay / MAX_SESSION_SLOTS)));
    shares.forEach((share, part) => {
      const task = tasks[part % tasks.length];
      const item: WorkItem = { themeId: lastTheme.id, slots: share, title: task, skillIds: lastTheme.sessionSkills ?? lastTheme.skills, resource: null, tasks: [task] };
      place(lastIndex, share, item, part + 1, 1, lastTheme, []);
    });
  }

  for (const [index, day] of planDays.entries()) {
    day.hours = usedSlots[index] / SLOTS_PER_HOUR;
    const byTheme = new Map<PrepPlanTheme, number>();
    for (const session of day.sessions) {
      const theme = themeOfSession.get(session)!;
      byTheme.set(theme, (byTheme.get(theme) ?? 0) + session.hours);
    }
    const main = [...byTheme.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    day.title = main?.title ?? "Free day: review and rest";
    day.goal = main?.goal ?? "Nothing scheduled.";
  }

  return {
    startDate: input.startDate,
    days: planDays,
    hoursPerDay,
    totalHours: usedSlots.reduce((sum, slots) => sum + slots, 0) / SLOTS_PER_HOUR,
  };
}

/** Marks sessions done by id: ticking off survives rebuilding because ids come from content. */
export function markSessionsDone(plan: PrepPlan, completedSessionIds: readonly string[]): PrepPlan {
  const done = new Set(completedSessionIds);
  return {
    ...plan,
    days: plan.days.map((day) => ({
      ...day,
      sessions: day.sessions.map((session) => ({ ...session, done: done.has(session.id) })),
    })),
  };
}
