// Content stamps: a second `npm start` skips install, generate and build when nothing they
// depend on has changed.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const IGNORED = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report", "tests"]);

function listFiles(entry, out) {
  if (!fs.existsSync(entry)) return out;
  const stat = fs.statSync(entry);
  if (stat.isFile()) out.push(entry);
  else if (stat.isDirectory() && !IGNORED.has(path.basename(entry))) {
    for (const name of fs.readdirSync(entry).sort()) listFiles(path.join(entry, name), out);
  }
  return out;
}

/** A hash of the contents of the given files and folders. */
export function hashInputs(entries) {
  const hash = crypto.createHash("sha256");
  for (const file of entries.flatMap((entry) => listFiles(entry, []))) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function isStampCurrent(stampFile, hash) {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash;
}

export function writeStamp(stampFile, hash) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, hash);
}
