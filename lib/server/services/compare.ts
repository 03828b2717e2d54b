import "server-only";
import type { ComparedPosting } from "@/lib/analysis/compare/build-comparison";
import { AppError } from "@/lib/errors";
import { listPostingsWithAnalysisByIds } from "@/lib/server/services/postings";
import { scorePostingsWithStore } from "@/lib/server/services/stored-reports";

/** The user's postings with their (stored) reports, in the order asked; any id that is not theirs is "not found". */
export async function loadComparedPostings(userId: string, ids: readonly string[], today: string): Promise<ComparedPosting[]> {
  const postings = await listPostingsWithAnalysisByIds(userId, ids);
  if (postings.length !== ids.length) throw new AppError("not_found", "One of those postings does not exist or is not yours.");
  const { reports } = await scorePostingsWithStore(userId, postings, today);
  return reports.map(({ posting, report }) => ({ id: posting.id, title: posting.title, company: posting.company, analysis: posting.analysis, report }));
}
