import { describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../../shared/api/audit';
import { filterLog, noLogFilter, valuesOf } from './access-log-filter';

const entry = (at: string, actorName: string, entity: string, action: AccessLogEntry['action']) =>
  ({ at, actorName, entity, action, actorRole: 'professional', organisation: 'GI' }) satisfies AccessLogEntry;
const log = [
  entry('2026-11-01T10:00:00.000Z', 'Joyce', 'decision', 'create'),
  entry('2026-11-03T10:00:00.000Z', 'Karim', 'member', 'read'),
  entry('2026-11-02T10:00:00.000Z', 'Joyce', 'member', 'read'),
];

describe('the case access log in the console', () => {
  it('shows the newest first and filters by person, what and action together', () => {
    expect(filterLog(log, noLogFilter).map((e) => e.at.slice(0, 10))).toEqual([
      '2026-11-03',
      '2026-11-02',
      '2026-11-01',
    ]);
    expect(filterLog(log, { person: 'Joyce', entity: 'member', action: 'read' })).toEqual([log[2]]);
    expect(filterLog(log, { ...noLogFilter, action: 'create' })).toEqual([log[0]]);
  });

  it('offers each person and kind once', () => {
    expect(valuesOf(log, 'actorName')).toEqual(['Joyce', 'Karim']);
    expect(valuesOf(log, 'entity')).toEqual(['decision', 'member']);
  });
});
