import "server-only";
import { buildGapReport } from "@/lib/analysis/gap-report";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import type { Recommendation } from "@/lib/analysis/recommend";
import type { GapReport } from "@/lib/analysis/score";
import type { Profile } from "@/lib/analysis/types";
import { AppError } from "@/lib/errors";
import { listFitHistory, type FitPoint } from "@/lib/server/data/fit-snapshots";
import { getPostingRecord } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/profile";
import { listResources } from "@/lib/server/data/resources";
import { listShareLinks, type ShareLinkRow } from "@/lib/server/data/share-link-list";
import { openShareLinkState } from "@/lib/server/data/share-links";
import type { TaughtAliasRow } from "@/lib/server/data/corrections";
import { findStoredReportState, saveStoredRecommendations, saveStoredReports } from "@/lib/server/data/stored-reports";
import { getPostingForShare, listPostingsWithAnalysis, toStoredPosting, type StoredPosting } from "@/lib/server/services/postings";
import { reanalyzeIfOutdated } from "@/lib/server/services/reanalysis";
import { BoundedCache } from "@/lib/server/services/shared-report-cache";
import { reportInputsKey, scorePostingsWithStore } from "@/lib/server/services/stored-reports";

export interface PostingReport {
  posting: StoredPosting;
  report: GapReport;
  recommendations: Recommendation[];
}

export interface PostingWithFit {
  posting: StoredPosting;
  report: GapReport;
}

/** Bump when recommending changes in a way that should recompute every stored recommendation. */
export const RECOMMENDING_VERSION = 1;

/** The key of a posting's recommendations: its report's key, the user's own resources and the shared catalog. */
export function recommendationsKey(reportKey: string, resourcesRevision: number, catalogRevision: number): string {
  return `${reportKey}:m${RECOMMENDING_VERSION}:u${resourcesRevision}:c${catalogRevision}`;
}

/**
 * The stored report of one posting with what to study for it, computed once per change of their
 * inputs: one query reads the stored pair and the revisions of every input (profile, posting,
 * resources, catalog). Only when either is outdated are the profile and the catalog loaded (after
 * the revisions, so a change in between leaves a stale key, never a stale result under a fresh
 * key), the outdated part worked out and stored.
 */
async function reportFor(userId: string, posting: StoredPosting, today: string): Promise<PostingReport> {
  const state = await findStoredReportState(userId, posting.id);
  if (!state) throw new AppError("not_found", "That posting does not exist or is not yours.");
  const reportKey = reportInputsKey(state.profileRevision, posting.analysisRevision, today);
  const recommendKey = recommendationsKey(reportKey, state.resourcesRevision, state.catalogRevision);
  const { stored } = state;
  const reportCurrent = stored?.inputsKey === reportKey;
  if (reportCurrent && stored.recommendationsKey === recommendKey && stored.recommendations) {
    return { posting, report: stored.report, recommendations: stored.recommendations };
  }
  const [profile, catalog] = await Promise.all([loadProfile(userId), listResources(userId)]);
  const { report, recommendations } = buildGapReport(posting.analysis, profile, catalog, { today, report: reportCurrent ? stored.report : undefined });
  if (!reportCurrent) await saveStoredReports(userId, [{ postingId: posting.id, inputsKey: reportKey, report }]);
  await saveStoredRecommendations(userId, posting.id, reportKey, recommendKey, recommendations);
  return { posting, report, recommendations };
}

/** A posting of the user with its report; a posting analysed by an older extractor is re-analysed first. */
export async function buildPostingReport(userId: string, postingId: string, today: string): Promise<PostingReport> {
  let record = await getPostingRecord(userId, postingId);
  if (record.extractorVersion < EXTRACTOR_VERSION && (await reanalyzeIfOutdated(userId, postingId))) record = await getPostingRecord(userId, postingId);
  return reportFor(userId, toStoredPosting(record), today);
}

export interface ReportPage {
  data: PostingReport;
  links: ShareLinkRow[];
  aliases: TaughtAliasRow[];
  history: FitPoint[];
}

/** Everything /jobs/[id] shows, in a handful of queries whatever the number of postings. */
export async function loadReportPage(userId: string, postingId: string, today: string): Promise<ReportPage> {
  const data = await buildPostingReport(userId, postingId, today);
  const [links, history] = await Promise.all([listShareLinks(userId, postingId), listFitHistory(userId, postingId)]);
  return { data, links, aliases: data.posting.aliasRows, history };
}

/**
 * What shared pages show, by posting and the key of every input it is made of; at most 200
 * postings and ~32 MB (estimated from the text, requirements and recommendations). One process
 * keeps one cache, however many bundles import this module.
 */
const SHARED_CACHE_KEY = Symbol.for("fitgap.shared-reports");
const cacheHolder = globalThis as unknown as Record<symbol, BoundedCache<PostingReport> | undefined>;
function sharedReports(): BoundedCache<PostingReport> {
  return (cacheHolder[SHARED_CACHE_KEY] ??= new BoundedCache<PostingReport>(
    { maxEntries: 200, maxSize: 32 * 1024 * 1024 },
    ({ posting, report, recommendations }) => 2 * posting.description.length + 2_048 * report.requirements.length + 1_024 * recommendations.length,
  ));
}

/** Empties the shared pages' cache (tests). */
export function clearSharedReportCache(): void {
  sharedReports().clear();
}

/**
 * The report behind a public share token, or null when the link is unknown, revoked or expired.
 * Every view checks the link in the database (one query, which also reads the revisions of the
 * report's inputs), so revoking or expiry takes effect at once. The report itself is kept in
 * memory under a key of those revisions and the posting's own (any change of the posting, its
 * corrections, the owner's profile, aliases, resources or the catalog, or a new day, makes a new
 * key), so repeated views of a live link skip loading and decoding the stored report.
 */
export async function buildSharedReport(token: string, today: string): Promise<PostingReport | null> {
  const link = await openShareLinkState(token);
  if (!link) return null;
  const reportKey = reportInputsKey(link.profileRevision, link.analysisRevision, today);
  const cacheKey = `${link.postingId}:${link.postingUpdatedAt}:${recommendationsKey(reportKey, link.resourcesRevision, link.catalogRevision)}`;
  const cached = sharedReports().get(cacheKey);
  if (cached) return cached;
  // Loaded after the revisions were read: what is cached is at least as new as its key.
  const shared = await getPostingForShare(link.postingId);
  if (!shared) return null;
  const data = await reportFor(shared.ownerId, shared.posting, today);
  sharedReports().set(cacheKey, data);
  return data;
}

/** Every posting of the user with its report, newest first, and the profile they were scored against. */
export async function listPostingReports(userId: string, today: string): Promise<{ profile: Profile; reports: PostingWithFit[] }> {
  const postings = await listPostingsWithAnalysis(userId);
  const { profile, reports } = await scorePostingsWithStore(userId, postings, today, { needProfile: true });
  return { profile: profile!, reports };
}
