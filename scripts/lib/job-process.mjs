// The background job process beside a web server (see scripts/jobs.ts): started with tsx, which
// runs the app's TypeScript as the seed and CLI scripts do, under the react-server condition the
// server code requires. Restarted after a crash (waiting 1 s, then up to 30 s after repeated
// crashes); stop() ends it and waits for its running job (scripts/jobs.ts bounds that wait). The
// IPC channel is only a lifeline: when this process dies, even by SIGKILL, the job process ends.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;
// A process that stayed up this long was healthy: the next crash starts the back-off again.
const HEALTHY_AFTER_MS = 60_000;

export function startJobProcess({ cwd = process.cwd(), env = process.env } = {}) {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const script = path.join(cwd, "scripts", "jobs.ts");
  let child = null;
  let stopped = false;
  let delay = RESTART_FIRST_MS;
  let restartTimer = null;

  const launch = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [tsxCli, "--conditions=react-server", script], { cwd, env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopped) return;
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) delay = RESTART_FIRST_MS;
      console.error(`[fitgap] the job process ended (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`);
      restartTimer = setTimeout(launch, delay);
      delay = Math.min(delay * 2, RESTART_MAX_MS);
    });
  };
  launch();

  return {
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
