import { NewPostingRequestSchema } from "@/lib/schemas/api";
import { apiRoute, created } from "@/lib/server/api/api-route";
import { readJsonBody } from "@/lib/server/api/request-body";
import { addPosting, listPostingViews } from "@/lib/server/services/fitgap-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ user }) => listPostingViews(user.id));

export const POST = apiRoute(async ({ request, user }) => created(await addPosting(user.id, await readJsonBody(request, NewPostingRequestSchema))));
