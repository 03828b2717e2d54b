import { ProfileFileRequestSchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/api/api-route";
import { readJsonBody } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import { getProfileFile, replaceProfile } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

/** The profile in the app's file format (the CLI's --profile file); the profile page links here too. */
export const GET = apiRoute(
  async ({ user }) =>
    new Response(JSON.stringify(await getProfileFile(user.id), null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-profile.json"' },
    }),
  { allowSessionOnGet: true },
);

/** Replaces skills and tracks with the file's, in one transaction. */
export const PUT = apiRoute(async ({ request, user }) => replaceProfile(user.id, await readJsonBody(request, ProfileFileRequestSchema), todayIso()));
