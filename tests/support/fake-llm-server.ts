import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small server that speaks the OpenAI chat completions API (POST /v1/chat/completions) with a
 * canned answer, for the LLM assist's tests: a real HTTP exchange over loopback, no mocked fetch.
 * `behaviour` picks how it answers the next requests: the canned JSON, too late, a 500, garbage,
 * or a well-formed completion whose content does not fit the schema.
 */
export type FakeLlmBehaviour = "answer" | "slow" | "error-500" | "garbage" | "wrong-schema";

export interface ReceivedRequest {
  path: string;
  authorization: string | undefined;
  body: { model?: string; messages?: { role: string; content: string }[]; [key: string]: unknown };
}

export interface FakeLlmServer {
  /** The base URL to put in LLM_BASE_URL (ends in /v1). */
  baseUrl: string;
  behaviour: FakeLlmBehaviour;
  /** What the server answers with "answer": the message content, as the model would write it. */
  content: string;
  /** How long "slow" waits before answering. */
  slowMs: number;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

function completion(content: string) {
  return { id: "chatcmpl-test", object: "chat.completion", created: 0, model: "fake", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }] };
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const timers = new Set<NodeJS.Timeout>();
  const state: Omit<FakeLlmServer, "close" | "baseUrl"> = { behaviour: "answer", content: '{"requirements":[]}', slowMs: 3_000, received: [] };
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let body: ReceivedRequest["body"] = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      // recorded as empty: the test asserts on it
    }
    state.received.push({ path: request.url ?? "", authorization: request.headers.authorization, body });
    if (request.method !== "POST" || request.url !== "/v1/chat/completions") return void response.writeHead(404).end();
    const json = (value: unknown) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
    switch (state.behaviour) {
      case "answer":
        return json(completion(state.content));
      case "slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!response.destroyed) json(completion(state.content));
        }, state.slowMs);
        timers.add(timer);
        return;
      }
      case "error-500":
        return void response.writeHead(500, { "content-type": "application/json" }).end('{"error":{"message":"model crashed"}}');
      case "garbage":
        return void response.writeHead(200, { "content-type": "application/json" }).end("<html><body>502 Bad Gateway</body></html>");
      case "wrong-schema":
        return json(completion(JSON.stringify({ requirements: [{ text: "Python", level: "must" }] })));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeLlmServer = Object.assign(state, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return fake;
}
