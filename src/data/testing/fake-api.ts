// Stubs fetch at the network boundary for data-layer and component tests; the real server is covered
// by the integration and end-to-end tests.
import { vi } from 'vitest';

export type Route = (
  body: unknown,
) => { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

export function json(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Answers `METHOD /path` from `routes`; anything else is a 404. Returns the spy to inspect calls. */
export function stubApi(routes: Record<string, Route>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${init?.method ?? 'GET'} ${new URL(url, 'http://localhost').pathname}`;
    const route = routes[key];
    if (!route) return json(404, { error: 'not-found' });
    const answer = route(init?.body ? JSON.parse(String(init.body)) : undefined);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return json(answer.status, answer.body, answer.headers);
  });
}
