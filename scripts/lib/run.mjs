// Small process helpers shared by start.mjs and test.mjs (Node built-ins only: they run before npm install).
import { spawn } from "node:child_process";

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== 0 && quiet) process.stderr.write(output);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs a command and throws with a one-line message when it fails. */
export async function runOrThrow(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${[command, ...args].join(" ")} failed (exit ${code})`);
}

export function log(message) {
  process.stdout.write(`[fitgap] ${message}\n`);
}
