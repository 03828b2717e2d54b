import type { PrepPlan } from "@/lib/analysis/plan";
import { toggleSessionAction } from "@/lib/server/actions/plans";
import { ExternalLink } from "@/components/ui/external-link";
import { ClickActionForm } from "@/components/ui/click-action-form";

export function PlanSchedule({ planId, plan }: { planId: string; plan: PrepPlan }) {
  const sessions = plan.days.flatMap((day) => day.sessions);
  const done = sessions.filter((session) => session.done).length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {plan.days.length} days from {plan.startDate}, {plan.totalHours} hours in all · {done} of {sessions.length} sessions done.
      </p>
      <ol className="space-y-4">
        {plan.days.map((day) => (
          <li key={day.day} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold">
              Day {day.day} · {day.date} — {day.title}
            </h3>
            <p className="text-sm text-slate-600">{day.goal}</p>
            <ul className="mt-3 space-y-2">
              {day.sessions.map((session) => (
                <li key={session.id} className="flex gap-3">
                  <ClickActionForm action={toggleSessionAction} fields={{ planId, sessionKey: session.id, done: session.done ? "false" : "true" }}>
                    <button
                      type="submit"
                      aria-pressed={session.done}
                      aria-label={`${session.done ? "Mark not done" : "Mark done"}: ${session.title}`}
                      className={`mt-0.5 flex h-5 w-5 items-center justify-center rounded border text-xs ${session.done ? "border-emerald-600 bg-emerald-600 text-white" : "border-slate-400 bg-white"}`}
                    >
                      {session.done ? "✓" : ""}
                    </button>
                  </ClickActionForm>
                  <div className={`min-w-0 flex-1 text-sm ${session.done ? "text-slate-400 line-through" : ""}`}>
                    <p>
                      <span className="tabular-nums text-slate-500">
                        {session.start}–{session.end}
                      </span>{" "}
                      <span className="font-medium">{session.title}</span>
                    </p>
                    {session.resource && (
                      <p className="text-xs">
                        <ExternalLink href={session.resource.url}>{session.resource.title}</ExternalLink>
                      </p>
                    )}
                    {session.tasks.length > 0 && <p className="text-xs text-slate-500">{session.tasks.join(" · ")}</p>}
                  </div>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
