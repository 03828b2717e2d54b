import "server-only";
import { profileFromFile, type ProfileFile } from "@/lib/analysis/profile-file";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { buildGapReport } from "@/lib/analysis/gap-report";
import type { GapReport } from "@/lib/analysis/score";
import type { PostingAnalysis, Profile, Requirement, Resource } from "@/lib/analysis/types";
import type { Recommendation } from "@/lib/analysis/recommend";
import type { AnalyzeRequest, AnalyzeResponse, GapReportView, PostingDetailView, PostingSummaryView, StudyNextResponse, TrackList } from "@/lib/schemas/api";
import type { NewPostingInput } from "@/lib/schemas/posting";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";
import { reanalyzeIfOutdated } from "@/lib/server/services/reanalysis";
import { analyzePostingWithAssist, toStoredLlmAssist } from "@/lib/server/services/llm-assist";
import { deletePosting, storeAnalyzedPosting, listPostings, type PostingSummary } from "@/lib/server/data/postings";
import { assertHasRequirements, getPosting, type StoredPosting } from "@/lib/server/services/postings";
import { importProfile } from "@/lib/server/data/profile-transfer";
import { exportProfile } from "@/lib/server/services/profile-transfer";
import { buildPostingReport } from "@/lib/server/services/posting-reports";
import { loadStudyNext } from "@/lib/server/services/study-next";
import { listResources } from "@/lib/server/data/resources";
import { listStudyTracks, recordTrackProgress } from "@/lib/server/data/study-tracks";

/**
 * What the REST API and the MCP server do, for one acting user. Route handlers and MCP tools are
 * thin adapters over these functions; the data functions below scope every query to the user.
 */

function toSummary(posting: PostingSummary): PostingSummaryView {
  return { id: posting.id, title: posting.title, company: posting.company, createdAt: posting.createdAt.toISOString() };
}

const sourceOf = (item: { source?: "llm" } | undefined): "extractor" | "llm" => item?.source ?? "extractor";

function toRequirementViews(requirements: Requirement[]) {
  return requirements.map((requirement, index) => ({
    index,
    text: requirement.text,
    section: requirement.section,
    kind: requirement.kind,
    minYears: requirement.minYears,
    skills: requirement.skills.map((skill) => ({ id: skill.id, name: skill.name, source: sourceOf(skill) })),
    source: sourceOf(requirement),
  }));
}

function toDetail(posting: StoredPosting): PostingDetailView {
  return {
    ...toSummary(posting),
    description: posting.description,
    overallMinYears: posting.analysis.overallMinYears,
    requirements: toRequirementViews(posting.analysis.requirements),
    llmAssist: posting.llmAssist ?? "off",
  };
}

function roundCoverage(value: number): number {
  return Math.floor(value * 1000 + 1e-9) / 1000;
}

function toReportView(report: GapReport, recommendations: Recommendation[], requirements: Requirement[]): GapReportView {
  return {
    fit: report.fit,
    fitProjected: report.fitProjected,
    requirements: report.requirements.map((requirement) => ({
      index: requirement.index,
      text: requirement.text,
      kind: requirement.kind,
      coverage: roundCoverage(requirement.coverage),
      status: requirement.status,
      why: requirement.why,
      source: sourceOf(requirements[requirement.index]),
    })),
    recommendations: recommendations.map((item) => ({ skill: item.skill, title: item.title, url: item.url, hours: item.hours })),
  };
}

function scoreAgainst(analysis: PostingAnalysis, profile: Profile, catalog: Resource[], today: string): GapReportView {
  const { report, recommendations } = buildGapReport(analysis, profile, catalog, { today });
  return toReportView(report, recommendations, analysis.requirements);
}

/** Extraction (with the LLM assist when it is on), and with a profile file the gap report. Stateless: nothing is stored. */
export async function analyzeText(userId: string, input: AnalyzeRequest, today: string): Promise<AnalyzeResponse> {
  const { analysis, llmAssist } = await analyzePostingWithAssist(input.text);
  const report = input.profile ? scoreAgainst(analysis, profileFromFile(input.profile as ProfileFile), await listResources(userId), today) : null;
  return {
    title: analysis.title,
    company: analysis.company,
    overallMinYears: analysis.overallMinYears,
    requirements: toRequirementViews(analysis.requirements),
    report,
    llmAssist,
  };
}

export async function listPostingViews(userId: string): Promise<{ postings: PostingSummaryView[] }> {
  return { postings: (await listPostings(userId)).map(toSummary) };
}

export async function addPosting(userId: string, input: NewPostingInput): Promise<PostingDetailView> {
  const { text, analysis, llmAssist } = await analyzePostingWithAssist(input.description);
  assertHasRequirements(analysis);
  const { id } = await storeAnalyzedPosting(userId, { description: text, title: input.title, company: input.company, analysis, llmAssist: toStoredLlmAssist(llmAssist), extractorVersion: EXTRACTOR_VERSION });
  await scheduleRescore(userId);
  return toDetail(await getPosting(userId, id));
}

/** Like the report page, a posting analysed by an older extractor is re-analysed before it is read. */
export async function getPostingView(userId: string, postingId: string): Promise<PostingDetailView> {
  await reanalyzeIfOutdated(userId, postingId);
  return toDetail(await getPosting(userId, postingId));
}

export async function removePosting(userId: string, postingId: string): Promise<{ deleted: true }> {
  await deletePosting(userId, postingId);
  return { deleted: true };
}

export async function getPostingReportView(userId: string, postingId: string, today: string): Promise<{ postingId: string; report: GapReportView }> {
  // buildPostingReport re-analyses a posting of an older extractor first, like the report page.
  const { posting, report, recommendations } = await buildPostingReport(userId, postingId, today);
  return { postingId, report: toReportView(report, recommendations, posting.analysis.requirements) };
}

/** The study-next ranking, stored and ranked again only after its inputs change; `today` is not an input of it. */
export async function getStudyNext(userId: string, _today: string, limit: number): Promise<StudyNextResponse> {
  const items = await loadStudyNext(userId, limit);
  return {
    items: items.map((item) => ({
      skillId: item.skillId,
      name: item.name,
      gain: item.gain,
      claimedLevel: item.claimedLevel,
      studyingLevel: item.studyingLevel,
      studyingIn: item.studyingIn,
      postings: item.postings.map((entry) => ({ id: entry.postingId, title: entry.title, gain: entry.gain })),
    })),
  };
}

/** The study tracks with their ids (what POST /tracks/{id}/progress and update_track_progress take). */
export async function listTrackViews(userId: string): Promise<TrackList> {
  const tracks = await listStudyTracks(userId);
  return {
    tracks: tracks.map((track) => ({
      id: track.id,
      title: track.title,
      unit: track.unit,
      unitsDone: track.unitsDone,
      unitsTotal: track.unitsTotal,
      skills: track.skills.map((skill) => skill.name),
    })),
  };
}

export async function updateTrackProgress(userId: string, trackId: string, unitsDone: number, date: string) {
  await recordTrackProgress(userId, trackId, unitsDone, date);
  await scheduleRescore(userId);
  return { trackId, unitsDone, date };
}

export async function getProfileFile(userId: string): Promise<ProfileFile> {
  return exportProfile(userId);
}

/** PUT semantics: the stored profile becomes the file's (skills and tracks), in one transaction. */
export async function replaceProfile(userId: string, file: ProfileFile, today: string): Promise<{ skills: number; tracks: number }> {
  const counts = await importProfile(userId, profileFromFile(file), today, { replace: true });
  await scheduleRescore(userId);
  return counts;
}
