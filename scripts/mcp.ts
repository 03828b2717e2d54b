// `npm run --silent mcp`: Fitgap's MCP server over stdio, for desktop assistants. It talks to a
// running Fitgap through the REST API: FITGAP_URL (default http://localhost:3000) and FITGAP_TOKEN
// (a personal API token from Settings). Logs go to stderr: stdout carries the protocol.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createFitgapMcpServer } from "@/lib/mcp/fitgap-mcp-server";
import { createRestBackend } from "@/lib/mcp/rest-backend";

async function main() {
  const baseUrl = process.env.FITGAP_URL || "http://localhost:3000";
  const token = process.env.FITGAP_TOKEN ?? "";
  if (!token) console.error("[fitgap-mcp] FITGAP_TOKEN is not set: every tool will answer that a token is needed.");
  const server = createFitgapMcpServer(createRestBackend({ baseUrl, token }), { logError: (error) => console.error("[fitgap-mcp]", error) });
  await server.connect(new StdioServerTransport());
  console.error(`[fitgap-mcp] serving Fitgap at ${baseUrl} over stdio`);
}

main().catch((error) => {
  console.error("[fitgap-mcp]", error instanceof Error ? error.message : error);
  process.exit(1);
});
