import "server-only";
import { scorePosting } from "@/lib/analysis/score";
import type { ComparedPosting } from "@/lib/analysis/compare/build-comparison";
import { AppError } from "@/lib/errors";
import { listPostingsWithAnalysisByIds } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/reports";

/** The user's postings with their reports, in the order asked; any id that is not theirs is "not found". */
export async function loadComparedPostings(userId: string, ids: readonly string[], today: string): Promise<ComparedPosting[]> {
  const [postings, profile] = await Promise.all([listPostingsWithAnalysisByIds(userId, ids), loadProfile(userId)]);
  if (postings.length !== ids.length) throw new AppError("not_found", "One of those postings does not exist or is not yours.");
  return postings.map((posting) => ({ id: posting.id, title: posting.title, company: posting.company, analysis: posting.analysis, report: scorePosting(posting.analysis, profile, { today }) }));
}
