import { publicMessage } from "@/lib/errors";
import { getSessionUser } from "@/lib/server/auth";
import { exportProfile } from "@/lib/server/data/profile-transfer";

export const dynamic = "force-dynamic";

/** The signed-in user's profile in the export format (the CLI's --profile file). */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to export your profile." }, { status: 401 });
  try {
    const file = await exportProfile(user.id);
    return new Response(JSON.stringify(file, null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fitgap-profile.json"' },
    });
  } catch (error) {
    return Response.json({ error: publicMessage(error) }, { status: 500 });
  }
}
