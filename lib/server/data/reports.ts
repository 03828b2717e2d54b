import "server-only";
import type { GapReport } from "@/lib/analysis/score";
// Stored reports: computed once per change of their inputs (see the service).
import { scorePostingsWithStore } from "@/lib/server/services/stored-reports";
import { recommendResources, type Recommendation } from "@/lib/analysis/recommend";
import type { Profile } from "@/lib/analysis/types";
import { getPosting, getPostingForShare, listPostingsWithAnalysis, type StoredPosting } from "@/lib/server/data/postings";
import { listProfileSkills, toAnalysisSkills } from "@/lib/server/data/profile-skills";
import { listResources } from "@/lib/server/data/resources";
import { openShareLink } from "@/lib/server/data/share-links";
import { listStudyTracks } from "@/lib/server/data/study-tracks";

export interface PostingReport {
  posting: StoredPosting;
  report: GapReport;
  recommendations: Recommendation[];
}

export async function loadProfile(userId: string): Promise<Profile> {
  const [skills, tracks] = await Promise.all([listProfileSkills(userId), listStudyTracks(userId)]);
  return { skills: toAnalysisSkills(skills), tracks };
}

async function reportFor(userId: string, posting: StoredPosting, today: string): Promise<PostingReport> {
  const [profile, catalog] = await Promise.all([loadProfile(userId), listResources(userId)]);
  const [{ report }] = await scorePostingsWithStore(userId, [posting], profile, today);
  const recommendations = recommendResources(posting.analysis, report, profile, catalog);
  return { posting, report, recommendations };
}

export async function buildPostingReport(userId: string, postingId: string, today: string): Promise<PostingReport> {
  return reportFor(userId, await getPosting(userId, postingId), today);
}

/** The report behind a public share token, or null when the link is unknown, revoked or expired. */
export async function buildSharedReport(token: string, today: string): Promise<PostingReport | null> {
  const link = await openShareLink(token);
  if (!link) return null;
  const shared = await getPostingForShare(link.postingId);
  return shared ? reportFor(shared.ownerId, shared.posting, today) : null;
}

export interface PostingWithFit {
  posting: StoredPosting;
  report: GapReport;
}

/** Every posting of the user with its report, newest first, and the profile they were scored against. */
export async function listPostingReports(userId: string, today: string): Promise<{ profile: Profile; reports: PostingWithFit[] }> {
  const [postings, profile] = await Promise.all([listPostingsWithAnalysis(userId), loadProfile(userId)]);
  return { profile, reports: await scorePostingsWithStore(userId, postings, profile, today) };
}
