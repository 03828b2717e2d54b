import { readFileSync } from "node:fs";
import { extractRequirements } from "@/lib/analysis/extract";
import { scorePosting } from "@/lib/analysis/score";
import { recommendResources, rankStudyNext } from "@/lib/analysis/recommend";
import { buildPrepPlan } from "@/lib/analysis/plan";
import { parseProfileFile } from "@/lib/analysis/profile-file";
import { DEMO_SKILLS } from "@/seeds/demo-profile";
import { seedStudyTracks } from "@/seeds/study-tracks";
import { seedResources } from "@/seeds/resources";
import { PREP_PLAN_THEMES } from "@/seeds/prep-plan";
const t0 = Date.now();
const parsed = parseProfileFile({ skills: DEMO_SKILLS, tracks: [] });
if (!parsed.ok) throw new Error();
const profile = { skills: parsed.profile.skills, tracks: seedStudyTracks() };
const today = "2026-11-20";
const catalog = seedResources();
const postings = ["seed-kdb-lead.txt", "seed-llm-backend.txt"].map((file) => {
  const analysis = extractRequirements(readFileSync(`seeds/postings/${file}`, "utf8"));
  const report = scorePosting(analysis, profile, { today });
  return { analysis, report };
});
for (const { analysis, report } of postings) {
  console.log(`\n== ${analysis.title}: fit ${report.fit} studying ${report.fitStudying} projected ${report.fitProjected} must ${report.mustCoverage} ready ${report.readinessDate} — ${report.readinessNote}`);
  console.log("dealbreakers", report.dealbreakers.map((d) => `${d.skills.join("/")} ${d.yearsHave}/${d.minYears}`));
  for (const r of report.requirements) console.log(`  [${r.index}] ${r.kind} ${r.coverage.toFixed(2)} ${r.studying.toFixed(2)} ${r.coverageProjected.toFixed(2)} ${r.status} :: ${r.why}`);
  const t1 = Date.now();
  const recs = recommendResources(analysis, report, profile, catalog);
  console.log(`recs (${Date.now() - t1} ms)`);
  for (const rec of recs) console.log(`  ${rec.kind} ${rec.title} | ${rec.skill} | ${rec.hours}h | +${rec.gain} | ${rec.gainPerHour}/h`);
}
const t2 = Date.now();
const next = rankStudyNext(postings, profile, { limit: 12 });
console.log(`\nstudy next (${Date.now() - t2} ms)`);
for (const n of next) console.log(`  ${n.name} +${n.gain} (${n.postings.length}) lvl ${n.claimedLevel} ${n.studyingIn.join(",")}`);
const recs = postings.flatMap(({ analysis, report }) => recommendResources(analysis, report, profile, catalog));
const plan = buildPrepPlan({ gaps: next, recommendations: recs, themes: [...PREP_PLAN_THEMES], startDate: today });
for (const d of plan.days) { console.log(`Day ${d.day} ${d.date} ${d.title} (${d.hours}h)`); for (const s of d.sessions) console.log(`   ${s.start}-${s.end} [${s.themeId}] ${s.title}`); }
console.log("total ms", Date.now() - t0);
