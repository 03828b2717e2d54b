/** A day theme of the prep plan template (seeds/prep-plan.ts holds the seed's seven). */
export interface PrepPlanTheme {
  id: string;
  title: string;
  goal: string;
  /** Taxonomy ids; a gap belongs to the first theme naming it or one of its ancestors. */
  skills: string[];
  /** What to do in this theme's sessions, in the seed's words. */
  tasks: string[];
  /** "last": fills the final day (mock interviews). */
  placement?: "last";
  /** Hours this theme gets even without a gap in it (behavioural prep is always worth it). */
  minHours?: number;
  /**
   * Skills its own (standing or last-day) sessions serve, when they differ from `skills`, which
   * only groups gaps: "build a small project" serves the top gaps without pulling them in.
   */
  sessionSkills?: string[];
}

/** A skill to work on, biggest first (rankStudyNext's items fit). */
export interface PlanGap {
  skillId: string;
  name: string;
  gain: number;
}

/** A resource to use in sessions (Recommendation fits). */
export interface PlanResource {
  title: string;
  url: string | null;
  hours: number;
  skillId: string;
  skillIds?: string[];
}

export interface PlanSession {
  /** Derived from content, not date, so a ticked session stays ticked when the plan is rebuilt. */
  id: string;
  date: string;
  /** Local wall-clock times, "09:00". */
  start: string;
  end: string;
  hours: number;
  title: string;
  themeId: string;
  skillIds: string[];
  resource: { title: string; url: string | null } | null;
  tasks: string[];
  done: boolean;
}

export interface PlanDay {
  /** 1-based. */
  day: number;
  date: string;
  title: string;
  goal: string;
  hours: number;
  sessions: PlanSession[];
}

export interface PrepPlan {
  startDate: string;
  days: PlanDay[];
  hoursPerDay: number;
  totalHours: number;
}
