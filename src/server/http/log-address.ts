import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client address as server logs keep it (issue 13 row 13): an IPv4 address cut to its /24
 * (203.0.113.0), an IPv6 address to its /48; enough to see a network, not a household.
 */
export function truncateAddress(address: string | undefined): string {
  if (!address) return '-';
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIPv4(mapped)) return `${mapped.split('.').slice(0, 3).join('.')}.0`;
  if (isIPv6(address)) {
    const [head = ''] = address.split('::');
    return `${head.split(':').slice(0, 3).join(':')}::`;
  }
  return '-';
}

/** Pino's request line: method, path without the query, and the cut address; nothing else. */
export const requestLogSerializer = (request: { method: string; url: string; ip?: string }) => ({
  method: request.method,
  url: request.url.split('?')[0],
  remoteAddress: truncateAddress(request.ip),
});
