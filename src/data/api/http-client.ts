// The one way the client talks to the API: same origin, cookie session, JSON, the CSRF header on every
// non-GET (DESIGN.md §4a). Failures become an ApiError with a stable code; a request that never got an
// answer (offline, timeout) is code 'network', so callers can tell "offline" from "refused".
import type * as z from 'zod/mini';
import { BACKGROUND_HEADER, CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/api/auth';
import { clearLogoutOwed, isLogoutOwed } from '../session/owed-logout';
import { ApiError, errorCodeOf } from './api-error';
import { isPersonActive } from './person-activity';

const TIMEOUT_MS = 20_000;

interface HttpClientOptions {
  /** Empty in the browser (same origin); integration tests point it at a test server. */
  baseUrl: string;
  fetch: typeof fetch;
}
const options: HttpClientOptions = { baseUrl: '', fetch: (...args) => globalThis.fetch(...args) };

export function configureHttpClient(overrides: Partial<HttpClientOptions>): void {
  Object.assign(options, overrides);
}

type Method = 'GET' | 'POST' | 'DELETE';

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!isPersonActive()) headers[BACKGROUND_HEADER] = '1';
  try {
    return await options.fetch(`${options.baseUrl}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('network');
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export const LOGOUT_PATH = '/api/auth/logout';
let settling: Promise<void> | null = null;

/**
 * A logout made offline is sent before anything else goes out with that session (owed-logout.ts).
 * Until the server has it (or answers that the session is gone), no other request is sent.
 */
export function settleOwedLogout(): Promise<void> {
  if (!isLogoutOwed()) return Promise.resolve();
  settling ??= send('POST', LOGOUT_PATH)
    .then((response) => {
      if (!response.ok && response.status !== 401) throw new ApiError('network', response.status);
      clearLogoutOwed();
    })
    .finally(() => {
      settling = null;
    });
  return settling;
}

/** Sends a request and returns the body validated with `schema`, or throws an ApiError. */
export async function request<S extends z.ZodMiniType>(
  method: Method,
  path: string,
  schema: S | null,
  body?: unknown,
): Promise<z.infer<S>> {
  await settleOwedLogout();
  const response = await send(method, path, body);
  const json = await readJson(response);
  if (!response.ok) {
    const retryAfter = response.headers.get('retry-after');
    throw new ApiError(errorCodeOf(response.status, json), response.status, json, retryAfter);
  }
  if (schema === null) return undefined as z.infer<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('internal', response.status);
  return parsed.data;
}
