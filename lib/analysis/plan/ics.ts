import type { PlanSession, PrepPlan } from "./types";

/**
 * RFC 5545 calendar for a prep plan: CRLF line endings, lines folded at 75 octets (never inside
 * a UTF-8 character), TEXT values escaped. Session times are floating local times, so the
 * calendar shows them at the same hour wherever the person is.
 */
export interface IcsOptions {
  calendarName: string;
  /** DTSTAMP, an ISO date-time in UTC ("2026-11-01T08:00:00Z"); no clock is read. */
  stampUtc: string;
  /** Domain part of each UID. */
  uidDomain?: string;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let currentOctets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = "";
      currentOctets = 0;
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += character;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function formatUtcStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`stampUtc is not a date-time: "${iso}"`);
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function formatLocal(date: string, time: string): string {
  return `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
}

function describeSession(session: PlanSession): string {
  const lines = [...session.tasks];
  if (session.resource) lines.push(`Resource: ${session.resource.title}${session.resource.url ? ` (${session.resource.url})` : ""}`);
  if (session.done) lines.push("Done.");
  return lines.join("\n");
}

/** End times past midnight ("24:30") roll over to the next day. */
function endOf(session: PlanSession): string {
  const [hours, minutes] = session.end.split(":").map(Number);
  if (hours < 24) return formatLocal(session.date, session.end);
  const next = new Date(`${session.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + Math.floor(hours / 24));
  const time = `${String(hours % 24).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  return formatLocal(next.toISOString().slice(0, 10), time);
}

export function prepPlanToIcs(plan: PrepPlan, options: IcsOptions): string {
  const stamp = formatUtcStamp(options.stampUtc);
  const domain = options.uidDomain ?? "fitgap.app";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fitgap//Prep plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
  ];
  for (const day of plan.days) {
    for (const session of day.sessions) {
      lines.push(
        "BEGIN:VEVENT",
        `UID:${session.id}@${domain}`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${formatLocal(session.date, session.start)}`,
        `DTEND:${endOf(session)}`,
        `SUMMARY:${escapeIcsText(`${session.done ? "[done] " : ""}Day ${day.day}: ${session.title}`)}`,
        `DESCRIPTION:${escapeIcsText(describeSession(session))}`,
      );
      if (session.resource?.url) lines.push(`URL:${session.resource.url}`);
      lines.push("END:VEVENT");
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
