// "Waar ben ik ingelogd" (SECURITY.md C3): always online, never cached in IndexedDB.
import { endSessionsResponseSchema, sessionListResponseSchema } from '../../shared/api/sessions';
import { request } from '../api/http-client';

export const listSessions = async () =>
  (await request('GET', '/api/sessions', sessionListResponseSchema)).sessions;

export const endSession = (id: string) => request('DELETE', `/api/sessions/${encodeURIComponent(id)}`, null);

export const endOtherSessions = () =>
  request('POST', '/api/sessions/end-others', endSessionsResponseSchema, {});
