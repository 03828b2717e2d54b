import "server-only";
import { todayIso } from "@/lib/server/clock";
import { findLatestFits, insertFitSnapshots, recordFitSnapshotFor } from "@/lib/server/data/fit-snapshots";
import { getPosting } from "@/lib/server/services/postings";
import { scorePostingsWithStore } from "@/lib/server/services/stored-reports";
import { listPostingReports } from "@/lib/server/services/posting-reports";
import { findStudyNextState, isStudyNextCurrent, rankAndStore } from "@/lib/server/services/study-next";

/** After a change only one posting feels (a correction): its report stored again and a fit point if it moved. */
export async function recordPostingFit(userId: string, postingId: string): Promise<void> {
  const posting = await getPosting(userId, postingId);
  const { reports } = await scorePostingsWithStore(userId, [posting], todayIso());
  await recordFitSnapshotFor(userId, postingId, reports[0].report);
}

/**
 * The background re-score job's work after anything that can change every fit: stores each
 * posting's report for today, a fit point where the fit moved (the dashboard charts fit history),
 * and the study-next ranking, ranked from the postings and profile already loaded.
 */
export async function recordFitSnapshots(userId: string): Promise<void> {
  // Revisions before inputs (see rankAndStore).
  const studyNext = await findStudyNextState(userId);
  const { profile, reports } = await listPostingReports(userId, todayIso());
  if (reports.length > 0) {
    const latest = await findLatestFits(userId);
    const changed = reports.filter(({ posting, report }) => {
      const last = latest.get(posting.id);
      return !last || last.fit !== report.fit || last.fitProjected !== report.fitProjected;
    });
    await insertFitSnapshots(userId, changed.map(({ posting, report }) => ({ postingId: posting.id, fit: report.fit, fitProjected: report.fitProjected })));
  }
  if (!isStudyNextCurrent(studyNext) || !studyNext.stored?.digest) await rankAndStore(userId, studyNext, { reports, profile });
}
