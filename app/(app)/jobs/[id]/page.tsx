import { notFound } from "next/navigation";
import { ClickActionForm } from "@/components/ui/click-action-form";
import { GapReportView } from "@/components/report/gap-report";
import { SharePanel } from "@/components/report/share-panel";
import { ReportCharts } from "@/components/report/report-charts";
import { AddRequirement } from "@/components/corrections/add-requirement";
import { CorrectionsPanel } from "@/components/corrections/corrections-panel";
import { POSTING_TEXT_ID } from "@/components/report/posting-text";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { AppError } from "@/lib/errors";
import { deletePostingAction } from "@/lib/server/actions/postings";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { loadReportPage } from "@/lib/server/services/posting-reports";
import { coverageByCategory } from "@/lib/analysis/charts/coverage-by-category";

export const metadata = { title: "Gap report" };

export default async function PostingReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: Promise<{ requirements?: string | string[] }> }) {
  const user = await requireUserOrRedirect();
  const { id } = await params;
  // A huge posting lists its first rows; the owner can ask for every one (?requirements=all).
  const listAll = (await searchParams)?.requirements === "all";
  const { data, links, aliases, history } = await loadReportPage(user.id, id, todayIso()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { corrections } = data.posting;
  return (
    <GapReportView
      data={data}
      editable
      requirementLimit={listAll ? null : undefined}
      showAllHref="?requirements=all"
      share={<SharePanel postingId={id} links={links} />}
      charts={
        <ReportCharts
          history={history.map((point) => ({ at: point.computedAt.toISOString(), fit: point.fit, fitProjected: point.fitProjected }))}
          categories={coverageByCategory(data.report)}
        />
      }
      corrections={<CorrectionsPanel postingId={id} dropped={corrections.dropped} orphaned={corrections.orphaned} aliases={aliases} />}
      postingTools={<AddRequirement postingId={id} containerId={POSTING_TEXT_ID} />}
      footer={
        <ClickActionForm action={deletePostingAction} fields={{ postingId: id }} className="text-right print:hidden">
          <ConfirmSubmit
            trigger="Delete posting"
            question="Delete this posting?"
            detail="Its report, corrections, history and share links go too. This cannot be undone."
            triggerClassName="rounded-md px-3.5 py-2 text-sm font-medium text-rose-700 hover:bg-rose-50"
          />
        </ClickActionForm>
      }
    />
  );
}
