/**
 * `npm run --silent analyze -- <file | folder | -> [--profile <profile.json>] [--plan-days D] [--plan-hours H]`
 * Prints the posting's requirement analysis as one JSON object (a folder: one object per line,
 * each with "file"), with "warnings" (e.g. "no requirements found"), the gap "report" with a
 * profile, and a prep "plan" with --plan-days / --plan-hours. Bad input exits non-zero with one line on stderr. Argument parsing and I/O
 * only; the thinking is in lib/analysis.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { decodePostingBytes } from "@/lib/analysis/extract/posting-input";
import { parseProfileFile } from "@/lib/analysis/profile-file";
import { buildPlanForCli, buildReportForCli, ProfileFileError, warningsFor } from "@/lib/analysis/report-for-cli";
import type { PostingAnalysis } from "@/lib/analysis/types";
import { RESOURCE_CATALOG } from "@/seeds/resources";

const USAGE = "usage: npm run --silent analyze -- <file | folder | -> [--profile <profile.json>] [--plan-days D] [--plan-hours H]";

class CliError extends Error {}

interface PlanOptions {
  days: number;
  hoursPerDay: number;
}

function parseNumber(flag: string, value: string | undefined, min: number, max: number): number {
  const number = value === undefined || value.startsWith("--") ? NaN : Number(value);
  if (!Number.isFinite(number) || number < min || number > max) throw new CliError(`${flag} needs a number from ${min} to ${max}`);
  return number;
}

function parseArgs(argv: string[]): { input: string; profilePath: string | null; plan: PlanOptions | null } {
  let input: string | null = null;
  let profilePath: string | null = null;
  let planDays: number | null = null;
  let planHours: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--plan-days" || arg.startsWith("--plan-days=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      planDays = Math.floor(parseNumber("--plan-days", value, 1, 60));
    } else if (arg === "--plan-hours" || arg.startsWith("--plan-hours=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      planHours = parseNumber("--plan-hours", value, 0.5, 16);
    } else if (arg === "--profile") {
      const value = argv[++i];
      if (!value || value.startsWith("--")) throw new CliError("--profile needs a file: --profile <profile.json>");
      profilePath = value;
    } else if (arg.startsWith("--profile=")) {
      profilePath = arg.slice("--profile=".length);
      if (!profilePath) throw new CliError("--profile needs a file: --profile=<profile.json>");
    } else if (arg === "-h" || arg === "--help") {
      throw new CliError(USAGE);
    } else if (arg.startsWith("--")) {
      throw new CliError(`unknown option ${arg}; ${USAGE}`);
    } else if (input === null) {
      input = arg;
    } else {
      throw new CliError(`one input at a time (got "${input}" and "${arg}"); ${USAGE}`);
    }
  }
  if (input === null) throw new CliError(`no input given; ${USAGE}`);
  const plan = planDays === null && planHours === null ? null : { days: planDays ?? 7, hoursPerDay: planHours ?? 4 };
  return { input, profilePath, plan };
}

function readPosting(label: string, bytes: Uint8Array): string {
  const decoded = decodePostingBytes(bytes);
  if (!decoded.ok) throw new CliError(`${label}: ${decoded.reason}`);
  return decoded.text;
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? "error"})`);
  }
}

function readProfile(file: string): unknown {
  const text = readPosting(file, readBytes(file));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file}: not valid JSON (expected a profile object)`);
  }
  // Checked once up front, so a folder run fails before any output rather than once per posting.
  const parsed = parseProfileFile(json);
  if (!parsed.ok) throw new CliError(`${file}: not a valid profile: ${parsed.issues.slice(0, 3).join("; ")}`);
  return json;
}

/** The contract's shape: exactly these keys, in this order. */
function toOutput(analysis: PostingAnalysis, profile: unknown | undefined, plan: PlanOptions | null): Record<string, unknown> {
  const output: Record<string, unknown> = {
    title: analysis.title,
    overallMinYears: analysis.overallMinYears,
    requirements: analysis.requirements.map((r) => ({
      text: r.text,
      section: r.section,
      kind: r.kind,
      minYears: r.minYears,
      span: r.span,
      skills: r.skills.map((s) => ({ id: s.id, name: s.name })),
    })),
    skills: analysis.skills.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, kind: s.kind, minYears: s.minYears })),
    warnings: warningsFor(analysis),
  };
  // The CLI is the edge where the clock is read; the analysis core takes today as an argument.
  const today = new Date().toISOString().slice(0, 10);
  try {
    if (profile !== undefined) output.report = buildReportForCli(analysis, profile, { today, catalog: [...RESOURCE_CATALOG] });
    if (plan !== null) output.plan = buildPlanForCli(analysis, profile, { today, catalog: [...RESOURCE_CATALOG], ...plan });
  } catch (error) {
    if (error instanceof ProfileFileError) throw new CliError(error.message);
    throw error;
  }
  return output;
}

function main(): number {
  const { input, profilePath, plan } = parseArgs(process.argv.slice(2));
  const profile = profilePath === null ? undefined : readProfile(profilePath);

  if (input === "-") {
    const text = readPosting("stdin", readFileSync(0));
    process.stdout.write(JSON.stringify(toOutput(analyzePosting(text).analysis, profile, plan)) + "\n");
    return 0;
  }
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new CliError(`${input}: no such file or folder`);
  }
  if (!stat.isDirectory()) {
    const text = readPosting(input, readBytes(input));
    process.stdout.write(JSON.stringify(toOutput(analyzePosting(text).analysis, profile, plan)) + "\n");
    return 0;
  }
  const files = readdirSync(input)
    .filter((name) => !name.startsWith(".") && statSync(path.join(input, name)).isFile())
    .sort();
  if (files.length === 0) throw new CliError(`${input}: folder has no files`);
  let failures = 0;
  for (const name of files) {
    const file = path.join(input, name);
    try {
      const text = readPosting(file, readBytes(file));
      process.stdout.write(JSON.stringify({ file: name, ...toOutput(analyzePosting(text).analysis, profile, plan) }) + "\n");
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      process.stderr.write(`analyze: ${error.message}\n`);
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`analyze: ${message}\n`);
  process.exitCode = 1;
}
