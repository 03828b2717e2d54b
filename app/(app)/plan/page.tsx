import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { PlanForm } from "@/components/plan/plan-form";
import { PlanSchedule } from "@/components/plan/plan-schedule";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { loadPlanPage } from "@/lib/server/services/prep-plans";

export const metadata = { title: "Prep plan" };

export default async function PlanPage() {
  const user = await requireUserOrRedirect();
  const { postings, latest } = await loadPlanPage(user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Interview prep plan</h1>
        <p className="mt-1 text-sm text-slate-600">
          A day-by-day schedule on your biggest gaps, with the resources that close them fastest. Tick sessions off as you go; export it to
          your calendar.
        </p>
      </div>
      <Card>
        <PlanForm postings={postings.map((posting) => ({ id: posting.id, title: posting.title ?? "Untitled posting" }))} today={todayIso()}
          built={latest ? { postingId: latest.postingId, days: latest.plan.days.length, hoursPerDay: latest.plan.hoursPerDay, startDate: latest.plan.startDate } : null}
        />
      </Card>
      {latest ? (
        <section className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">Your plan{latest.postingTitle ? ` for ${latest.postingTitle}` : " across your postings"}</h2>
            <a href={`/api/v1/plans/${latest.id}/ics`} className={buttonClasses("secondary")} download>
              Download calendar (.ics)
            </a>
          </div>
          <PlanSchedule planId={latest.id} plan={latest.plan} />
        </section>
      ) : (
        <p className="text-sm text-slate-600">No plan yet: choose days and hours above.</p>
      )}
    </div>
  );
}
