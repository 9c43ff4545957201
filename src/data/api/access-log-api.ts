// "Wie heeft mijn gegevens bekeken" is online only: the access log never leaves the server for
// IndexedDB, so a seized phone holds no record of who looked at the file.
import { accessLogResponseSchema, type AccessLogEntry } from '../../shared/api/audit';
import { request } from './http-client';

export async function fetchAccessLog(
  caseId: string,
  period: { from?: string; to?: string } = {},
): Promise<AccessLogEntry[]> {
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  const path = `/api/cases/${encodeURIComponent(caseId)}/access-log${suffix}`;
  return (await request('GET', path, accessLogResponseSchema)).entries;
}

/** The personal export (AVG art. 15) is a plain download: the browser saves the JSON file. */
export const EXPORT_URL = '/api/me/export';
