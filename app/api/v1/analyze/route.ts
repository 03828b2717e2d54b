import { AnalyzeRequestSchema } from "@/lib/schemas/api";
import { apiRoute } from "@/lib/server/api/api-route";
import { readJsonBody } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import { analyzeText } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

/** Requirements of a posting text, and with a profile file its gap report. Nothing is stored. */
export const POST = apiRoute(async ({ request, user }) => analyzeText(user.id, await readJsonBody(request, AnalyzeRequestSchema), todayIso()));
