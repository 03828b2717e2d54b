import { apiRoute } from "@/lib/server/api/api-route";
import { getPostingView, removePosting } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => getPostingView(user.id, params.id));

export const DELETE = apiRoute<{ id: string }>(async ({ user, params }) => removePosting(user.id, params.id));
