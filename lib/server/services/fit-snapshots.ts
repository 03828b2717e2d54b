import "server-only";
import { todayIso } from "@/lib/server/clock";
import { findLatestFits, insertFitSnapshots } from "@/lib/server/data/fit-snapshots";
import { listPostingReports } from "@/lib/server/services/posting-reports";
import { refreshStudyNext } from "@/lib/server/services/study-next";

/**
 * Stores each posting's fit when it differs from the last stored one, so the dashboard can chart
 * fit history as the person studies; refreshes the stored reports and the study-next ranking on
 * the way. Runs after anything that can change every fit (the background re-score job).
 */
export async function recordFitSnapshots(userId: string): Promise<void> {
  const { reports } = await listPostingReports(userId, todayIso());
  if (reports.length > 0) {
    const latest = await findLatestFits(userId);
    const changed = reports.filter(({ posting, report }) => {
      const last = latest.get(posting.id);
      return !last || last.fit !== report.fit || last.fitProjected !== report.fitProjected;
    });
    await insertFitSnapshots(userId, changed.map(({ posting, report }) => ({ postingId: posting.id, fit: report.fit, fitProjected: report.fitProjected })));
  }
  await refreshStudyNext(userId);
}
