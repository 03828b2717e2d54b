import { buildOpenApiDocument } from "@/lib/api/openapi-document";

/** The OpenAPI 3.1 document, generated from the zod schemas at build time. Public: it holds no data. */
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
