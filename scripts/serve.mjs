// The production server: Next's own request handler (the one `next start` uses) behind a plain
// Node http server, for two things `next start` cannot do:
// 1. The client's address. `next start` fills X-Forwarded-For from the socket only when the client
//    sent none, so without a proxy in front anyone could name their own address and step around
//    the per-address throttles. Here the socket's peer is appended to X-Forwarded-For, as every
//    proxy hop does, and the app reads the entry TRUST_PROXY hops before the end (see
//    lib/server/rate-limit.ts clientAddress): with no proxy (TRUST_PROXY unset), the peer itself.
// 2. A clean stop. On SIGTERM / SIGINT it runs the app's shutdown tasks (lib/server/shutdown.ts:
//    buffered share-page view counts are written), then stops taking requests and exits.
// 3. Background jobs in a process of their own (scripts/jobs.ts), so re-scoring one person's
//    postings never takes this process's CPU from other people's requests. FITGAP_JOB_WORKER=
//    in-process runs them inside the web server instead, =off runs none here (another instance's
//    job process takes them: the queue is in PostgreSQL).
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST]  (defaults: PORT or 3000; all interfaces)
import http from "node:http";
import { appendPeerAddress } from "./lib/peer-address.mjs";
import { startJobProcess } from "./lib/job-process.mjs";

function option(flags, fallback) {
  const index = process.argv.findIndex((argument) => flags.includes(argument));
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? 3000));
const host = option(["-H", "--hostname"], undefined);
process.env.NODE_ENV ??= "production";
process.env.FITGAP_JOB_WORKER ??= "process"; // read by instrumentation.ts: no job worker in here
const jobs = process.env.FITGAP_JOB_WORKER === "process" ? startJobProcess() : null;
const { default: next } = await import("next"); // after NODE_ENV is settled

const app = next({ dev: false, dir: process.cwd(), hostname: host ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  appendPeerAddress(request);
  handle(request, response);
});
server.listen(port, host, () => console.log(`[fitgap] serving on http://${host ?? "localhost"}:${port}`));

const SHUTDOWN_TASKS = Symbol.for("fitgap.shutdown-tasks");
let stopping = false;

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  // Never hang on a stuck request: a stop takes 10 s at most.
  setTimeout(() => process.exit(1), 10_000).unref();
  const jobsStopped = jobs?.stop(); // its running job may finish meanwhile (8 s at most)
  // No new connections; idle keep-alive ones end now, busy ones once answered (5 s at most), so
  // the views those answers count are pending before the shutdown tasks write them.
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  const tasks = [...(globalThis[SHUTDOWN_TASKS] ?? [])];
  for (const result of await Promise.allSettled(tasks.map((task) => task()))) {
    if (result.status === "rejected") console.error("[fitgap] a shutdown task failed:", result.reason);
  }
  await Promise.all([app.close(), jobsStopped]);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void stop(signal));
