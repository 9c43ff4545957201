// The case's access log as the console filters it on the device: by person, by what was looked at
// and by action (the period is asked of the server). Pure, unit-tested.
import type { AccessLogEntry } from '../../../shared/api/audit';

export interface LogFilter {
  person: string;
  entity: string;
  action: string;
}
export const noLogFilter: LogFilter = { person: '', entity: '', action: '' };

export const filterLog = (entries: AccessLogEntry[], filter: LogFilter) =>
  entries
    .filter((e) => !filter.person || e.actorName === filter.person)
    .filter((e) => !filter.entity || e.entity === filter.entity)
    .filter((e) => !filter.action || e.action === filter.action)
    .sort((a, b) => b.at.localeCompare(a.at));

/** The distinct values of one field, sorted, for a filter's options. */
export const valuesOf = (entries: AccessLogEntry[], field: 'actorName' | 'entity' | 'action') =>
  [...new Set(entries.map((e) => e[field]))].sort();
