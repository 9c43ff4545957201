// "Zet in mijn agenda": one event as an iCalendar file (RFC 5545). Pure, so the format rules are
// unit-tested: CRLF line ends, TEXT escaping (§3.3.11), UTC date-times (§3.3.5) and lines folded at
// 75 octets (§3.1) without cutting a UTF-8 character in two.

export interface IcsEvent {
  /** Stable across downloads, so a calendar updates the event instead of adding it twice. */
  uid: string;
  summary: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  description?: string | null;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
/** Without an end time the calendar gets an hour, so the event is visible as a block. */
const DEFAULT_DURATION_MS = 60 * 60 * 1000;

/** 2026-12-08T13:00:00.000Z → 20261208T130000Z */
export function icsDateTime(instant: string | Date): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function buildIcs(event: IcsEvent, now: Date = new Date()): string {
  const end = event.endsAt ?? new Date(new Date(event.startsAt).getTime() + DEFAULT_DURATION_MS);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gezien//Afspraken//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsDateTime(now)}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "afspraak-2026-12-08.ics" */
export const icsFileName = (startsAt: string) =>
  `afspraak-${new Date(startsAt).toISOString().slice(0, 10)}.ics`;
