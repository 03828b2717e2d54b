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
import { findReportInputRevisions, findStoredReportState, saveStoredRecommendations, saveStoredReports, type ReportInputRevisions } from "@/lib/server/data/stored-reports";
import { getPostingForShare, listPostingsWithAnalysis, toStoredPosting, type StoredPosting } from "@/lib/server/services/postings";
import { reanalyzeIfOutdated } from "@/lib/server/services/reanalysis";
import { LRUCache } from "lru-cache";
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

/**
 * Posting reports kept in memory for the report and shared pages, by posting and the key of every
 * input they are made of; at most 200 postings and ~32 MB (estimated from the text, requirements
 * and recommendations). One process keeps one cache, however many bundles import this module.
 */
const REPORT_CACHE_KEY = Symbol.for("fitgap.posting-reports");
const cacheHolder = globalThis as unknown as Record<symbol, LRUCache<string, PostingReport> | undefined>;
function cachedReports(): LRUCache<string, PostingReport> {
  return (cacheHolder[REPORT_CACHE_KEY] ??= new LRUCache<string, PostingReport>({
    max: 200,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: ({ posting, report, recommendations }) =>
      Math.max(1, 2 * posting.description.length + 2_048 * report.requirements.length + 1_024 * recommendations.length),
  }));
}

/** Empties the posting reports kept in memory (tests). */
export function clearPostingReportCache(): void {
  cachedReports().clear();
}

/**
 * The key of a posting's report in memory: any change of the posting row, its requirements or
 * corrections, the owner's profile, aliases or resources, the catalog, or a new day makes a new one.
 */
function cacheKeyOf(postingId: string, inputs: ReportInputRevisions, today: string): string {
  const reportKey = reportInputsKey(inputs.profileRevision, inputs.analysisRevision, today);
  return `${postingId}:${inputs.postingUpdatedAt}:x${inputs.extractorVersion}:${recommendationsKey(reportKey, inputs.resourcesRevision, inputs.catalogRevision)}`;
}

/**
 * A posting of the user with its report; a posting analysed by an older extractor is re-analysed
 * first. One small query reads the revisions of its inputs (scoped to the owner); a report kept in
 * memory under them is used as it is, otherwise it is loaded (after the revisions, so what is kept
 * is at least as new as its key) and kept.
 */
export async function buildPostingReport(userId: string, postingId: string, today: string): Promise<PostingReport> {
  const inputs = await findReportInputRevisions(userId, postingId);
  if (!inputs) throw new AppError("not_found", "That posting does not exist or is not yours.");
  const current = inputs.extractorVersion >= EXTRACTOR_VERSION;
  const key = cacheKeyOf(postingId, inputs, today);
  const cached = current ? cachedReports().get(key) : undefined;
  if (cached) return cached;
  let record = await getPostingRecord(userId, postingId);
  if (record.extractorVersion < EXTRACTOR_VERSION && (await reanalyzeIfOutdated(userId, postingId))) record = await getPostingRecord(userId, postingId);
  const data = await reportFor(userId, toStoredPosting(record), today);
  if (current) cachedReports().set(key, data);
  return data;
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
 * The report behind a public share token, or null when the link is unknown, revoked or expired.
 * Every view checks the link in the database (one query, which also reads the revisions of the
 * report's inputs), so revoking or expiry takes effect at once; the report itself is then the one
 * kept in memory under those revisions (see buildPostingReport), or loaded and kept.
 */
export async function buildSharedReport(token: string, today: string): Promise<PostingReport | null> {
  const link = await openShareLinkState(token);
  if (!link) return null;
  const key = cacheKeyOf(link.postingId, link, today);
  const cached = cachedReports().get(key);
  if (cached) return cached;
  const shared = await getPostingForShare(link.postingId);
  if (!shared) return null;
  const data = await reportFor(shared.ownerId, shared.posting, today);
  cachedReports().set(key, data);
  return data;
}

/** Every posting of the user with its report, newest first, and the profile they were scored against. */
export async function listPostingReports(userId: string, today: string): Promise<{ profile: Profile; reports: PostingWithFit[] }> {
  const postings = await listPostingsWithAnalysis(userId);
  const { profile, reports } = await scorePostingsWithStore(userId, postings, today, { needProfile: true });
  return { profile: profile!, reports };
}
