import { TrackProgressRequestSchema } from "@/lib/schemas/api";
import { TrackProgressSchema } from "@/lib/schemas/track";
import { apiRoute } from "@/lib/server/api/api-route";
import { readJsonBody } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import { updateTrackProgress } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

/** "Lecture 5 done": units done so far on the track, dated (default today). */
export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const body = await readJsonBody(request, TrackProgressRequestSchema);
  const progress = TrackProgressSchema.parse({ trackId: params.id, unitsDone: body.unitsDone, date: body.date ?? todayIso() });
  return updateTrackProgress(user.id, progress.trackId, progress.unitsDone, progress.date);
});
