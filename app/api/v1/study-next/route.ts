import { StudyNextQuerySchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/api/api-route";
import { readQuery } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import { getStudyNext } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

/** Across every saved posting: the skills whose improvement raises must-have coverage most. */
export const GET = apiRoute(async ({ request, user }) => getStudyNext(user.id, todayIso(), readQuery(request, StudyNextQuerySchema).limit));
