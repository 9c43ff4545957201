import { peerRequire } from './peer';

/** The part of autocannon (a bench-only peer tool) that the bench uses. */
export interface LoadOptions {
  url: string;
  connections: number;
  /** Requests to complete: a fixed amount, so a slow server is measured, not cut off mid-request. */
  amount: number;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
  /** Builds each request's body per connection; `context` lives as long as the connection. */
  makeBody?: (context: Record<string, unknown>) => string;
}

export interface LoadResult {
  /** Median of the per-second request counts, or requests / elapsed time when a second had none. */
  requestsPerSecond: number;
  perSecond: number[];
  /** How requestsPerSecond was taken from the per-second samples. */
  statistic: 'median' | 'mean';
  latencyP50: number;
  latencyP99: number;
  total: number;
  non2xx: number;
  errors: number;
}

interface Histogram {
  p50: number;
  p99: number;
  mean: number;
  total: number;
}
interface RawResult {
  start: Date;
  finish: Date;
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<RawResult> & {
  on(event: 'tick', fn: (counter: { counter: number }) => void): void;
};

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const autocannon = peerRequire('autocannon') as Autocannon;
  const perSecond: number[] = [];
  const makeBody = options.makeBody;
  const request = makeBody
    ? {
        method: options.method,
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => ({
          ...req,
          body: makeBody(context),
        }),
      }
    : { method: options.method };
  const running = autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    method: options.method,
    headers: options.headers,
    body: options.body,
    requests: [request],
    timeout: 60,
  });
  running.on('tick', ({ counter }) => perSecond.push(counter));
  const result = await running;
  const everySecond = perSecond.length > 0 && Math.min(...perSecond) > 0;
  return {
    // A slow server leaves some seconds empty: then the mean says more than the median sample.
    requestsPerSecond: everySecond
      ? result.requests.p50
      : (result.requests.total * 1000) / (result.finish.getTime() - result.start.getTime()),
    statistic: everySecond ? 'median' : 'mean',
    perSecond,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
