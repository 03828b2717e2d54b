import { apiRoute } from "@/lib/server/api/api-route";
import { todayIso } from "@/lib/server/clock";
import { getPostingReportView } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => getPostingReportView(user.id, params.id, todayIso()));
