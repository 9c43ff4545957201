import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsDateTime } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const hearing = {
  uid: '9e21e000-0007-4000-8000-000000000001@gezien',
  summary: 'Zitting bij de kinderrechter',
  startsAt: '2026-12-08T08:30:00Z',
  endsAt: '2026-12-08T09:30:00Z',
  location: 'Rechtbank Rijnhove, Gerechtsplein 1; zaal 3',
};
const now = new Date('2026-11-28T18:00:05.123Z');

describe('buildIcs', () => {
  it('writes one VEVENT inside a VCALENDAR with UID, DTSTAMP and start and end in UTC', () => {
    const lines = buildIcs(hearing, now).split('\r\n');

    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:9e21e000-0007-4000-8000-000000000001@gezien');
    expect(lines).toContain('DTSTAMP:20261128T180005Z');
    expect(lines).toContain('DTSTART:20261208T083000Z');
    expect(lines).toContain('DTEND:20261208T093000Z');
    expect(lines).toContain('SUMMARY:Zitting bij de kinderrechter');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('ends every line with CRLF and never with a bare newline', () => {
    const ics = buildIcs({ ...hearing, description: 'Eerst dit.\nDan dat.' }, now);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    expect(buildIcs(hearing, now)).toContain('LOCATION:Rechtbank Rijnhove\\, Gerechtsplein 1\\; zaal 3\r\n');
  });

  it('gives an event without an end time one hour', () => {
    expect(buildIcs({ ...hearing, endsAt: null }, now)).toContain('DTEND:20261208T093000Z');
  });

  it('leaves out the location when there is none', () => {
    expect(buildIcs({ ...hearing, location: null }, now)).not.toContain('LOCATION');
  });

  it('folds long lines at 75 octets and unfolds back to the same text', () => {
    const summary = 'Evaluatie van het plan van aanpak met de jeugdbeschermer, het wijkteam en school';
    const ics = buildIcs({ ...hearing, summary }, now);

    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}\r\n`);
  });

  it('never cuts a character of more than one byte in half when folding', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');

    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes instants as UTC date-times without separators', () => {
    expect(icsDateTime('2026-03-29T01:30:00+01:00')).toBe('20260329T003000Z');
  });
});
