import { apiRoute } from "@/lib/server/api/api-route";
import { listTrackViews } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

/** The study tracks with their ids, for POST /tracks/{id}/progress. */
export const GET = apiRoute(async ({ user }) => listTrackViews(user.id));
