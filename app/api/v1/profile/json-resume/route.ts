import { profileToJsonResumeSkills } from "@/lib/analysis/import/json-resume";
import { apiRoute } from "@/lib/server/api/api-route";
import { listProfileSkills, toAnalysisSkills } from "@/lib/server/data/profile-skills";

export const dynamic = "force-dynamic";

/** The profile's skills as a JSON Resume `skills` section (the profile page links here too). */
export const GET = apiRoute(
  async ({ user }) =>
    new Response(JSON.stringify(profileToJsonResumeSkills(toAnalysisSkills(await listProfileSkills(user.id))), null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-skills.resume.json"' },
    }),
  { allowSessionOnGet: true },
);
