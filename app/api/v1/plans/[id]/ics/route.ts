import { prepPlanToIcs } from "@/lib/analysis/plan";
import { apiRoute } from "@/lib/server/api/api-route";
import { loadPrepPlan } from "@/lib/server/services/prep-plans";

export const dynamic = "force-dynamic";

/** The plan as an iCalendar file (the plan page links here; an API token works too). */
export const GET = apiRoute<{ id: string }>(
  async ({ user, params }) => {
    const stored = await loadPrepPlan(user.id, params.id);
    const ics = prepPlanToIcs(stored.plan, { calendarName: "Fitgap interview prep", stampUtc: stored.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"), uidDomain: "fitgap.app" });
    return new Response(ics, {
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-prep-plan.ics"' },
    });
  },
  { allowSessionOnGet: true },
);
