import http from 'node:http';

/**
 * A login POST sent from another loopback address (127.0.0.x), so the server sees a different
 * client: Linux routes the whole 127/8 to the loopback device.
 */
export function loginFrom(
  baseUrl: string,
  localAddress: string,
  username: string,
  password: string,
): Promise<{ status: number; retryAfter: number; body: unknown }> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/api/auth/login`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Number(response.headers['retry-after'] ?? 0),
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
