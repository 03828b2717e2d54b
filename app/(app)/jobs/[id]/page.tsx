import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ClickActionForm } from "@/components/ui/click-action-form";
import { GapReportView } from "@/components/report/gap-report";
import { SharePanel } from "@/components/report/share-panel";
import { AppError } from "@/lib/errors";
import { deletePostingAction } from "@/lib/server/actions/postings";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { buildPostingReport } from "@/lib/server/data/reports";
import { findActiveShareLink } from "@/lib/server/data/share-links";
import { reanalyzeIfOutdated } from "@/lib/server/services/reanalysis";

export const metadata = { title: "Gap report" };

export default async function PostingReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUserOrRedirect();
  const { id } = await params;
  const data = await reanalyzeIfOutdated(user.id, id)
    .then(() => buildPostingReport(user.id, id, todayIso()))
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    });
  const link = await findActiveShareLink(user.id, id);
  return (
    <GapReportView
      data={data}
      share={<SharePanel postingId={id} initialToken={link?.token ?? null} viewCount={link?.viewCount ?? 0} />}
      footer={
        <ClickActionForm action={deletePostingAction} fields={{ postingId: id }} className="text-right">
          <Button type="submit" variant="ghost" className="text-rose-700">
            Delete posting
          </Button>
        </ClickActionForm>
      }
    />
  );
}
