import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createFitgapMcpServer } from "@/lib/mcp/fitgap-mcp-server";
import { toErrorResponse } from "@/lib/server/api/api-error";
import { authenticateApiRequest } from "@/lib/server/api/api-route";
import { checkRateLimit } from "@/lib/server/api/rate-limit";
import { createInProcessBackend } from "@/lib/server/services/mcp-backend";

export const dynamic = "force-dynamic";

/**
 * The MCP server over Streamable HTTP, stateless: every request authenticates with its Bearer API
 * token and gets a fresh server bound to that user, answering in JSON (no session to keep).
 */
async function handle(request: Request): Promise<Response> {
  try {
    const user = await authenticateApiRequest(request);
    await checkRateLimit(user.id);
    const server = createFitgapMcpServer(createInProcessBackend(user.id));
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, maxRequestBodySize: 1_000_000 });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const POST = handle;
export const GET = handle;
export const DELETE = handle;
