// An HTTP proxy in front of the server that, for /api/sync/* requests, randomly drops the request,
// forwards it but drops the answer, forwards it twice, or delays it (0–delayMs). Everything else
// passes untouched. Random choices come from the test's seeded generator, counted per kind.
import http from 'node:http';

export type FaultKind = 'drop-request' | 'drop-response' | 'duplicate' | 'delay';

export interface FaultProxyOptions {
  targetPort: number;
  random: () => number;
  /** Chance that a sync request gets a fault at all. */
  faultRate: number;
  delayMs: number;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function forward(port: number, req: http.IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

export class FaultProxy {
  readonly faults: Record<FaultKind, number> = {
    'drop-request': 0,
    'drop-response': 0,
    duplicate: 0,
    delay: 0,
  };
  enabled = true;
  private server: http.Server | null = null;
  port = 0;

  constructor(private readonly options: FaultProxyOptions) {}

  private pick(): FaultKind | null {
    const { random, faultRate } = this.options;
    if (!this.enabled || random() >= faultRate) return null;
    const kinds: FaultKind[] = ['drop-request', 'drop-response', 'duplicate', 'delay'];
    return kinds[Math.floor(random() * kinds.length)]!;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const fault = req.url?.startsWith('/api/sync/') ? this.pick() : null;
    if (fault) this.faults[fault] += 1;
    const port = this.options.targetPort;
    try {
      if (fault === 'drop-request') return void res.destroy();
      if (fault === 'delay')
        await new Promise((r) => setTimeout(r, this.options.random() * this.options.delayMs));
      let answer = await forward(port, req, body);
      if (fault === 'duplicate') answer = await forward(port, req, body);
      if (fault === 'drop-response') return void res.destroy();
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      res.destroy(); // server down: the client sees a network error
    }
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
