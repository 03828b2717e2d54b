import { apiRoute } from "@/lib/server/api/api-route";
import { exportJsonResumeSkills } from "@/lib/server/services/page-data";

export const dynamic = "force-dynamic";

/** The profile's skills as a JSON Resume `skills` section (the profile page links here too). */
export const GET = apiRoute(
  async ({ user }) =>
    new Response(JSON.stringify(await exportJsonResumeSkills(user.id), null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-skills.resume.json"' },
    }),
  { allowSessionOnGet: true },
);
