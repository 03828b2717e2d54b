import { AppError, publicMessage } from "@/lib/errors";
import { prepPlanToIcs } from "@/lib/analysis/plan";
import { getSessionUser } from "@/lib/server/auth";
import { getPrepPlan } from "@/lib/server/data/prep-plans";

export const dynamic = "force-dynamic";

/** The plan as an iCalendar file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your plan." }, { status: 401 });
  try {
    const { id } = await params;
    const stored = await getPrepPlan(user.id, id);
    const ics = prepPlanToIcs(stored.plan, { calendarName: "Fitgap interview prep", stampUtc: stored.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"), uidDomain: "fitgap.app" });
    return new Response(ics, {
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-prep-plan.ics"' },
    });
  } catch (error) {
    const status = error instanceof AppError ? error.status : 500;
    return Response.json({ error: publicMessage(error) }, { status });
  }
}
