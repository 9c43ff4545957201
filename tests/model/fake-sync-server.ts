// An in-memory server that follows the push and pull steps of DESIGN.md §4 faithfully (skip what is
// covered, stop at a gap, validate, apply or reject, advance the counter) for one case where every
// member sees every perspective. Text containing REJECT is refused with code 'forbidden'.
import * as z from 'zod/mini';
import type { Perspective } from '../../src/shared/domain';
import { mutationArgSchemas } from '../../src/shared/sync/mutations';
import { pullRequestSchema, pushRequestSchema } from '../../src/shared/sync/protocol';

interface ClientState {
  last: number;
  rejections: { mutationId: number; code: string }[];
}
export interface Answer {
  status: number;
  body: unknown;
}

export class FakeSyncServer {
  readonly perspectives = new Map<string, Perspective>();
  /** How often each perspective id was applied: must never exceed 1. */
  readonly applyCount = new Map<string, number>();
  private readonly clients = new Map<string, ClientState>();
  private version = 0;
  private clock = 0;

  handle(memberId: string, path: string, raw: unknown): Answer {
    if (path === '/api/sync/push') return this.push(memberId, raw);
    if (path === '/api/sync/pull') return this.pull(raw);
    return { status: 404, body: { error: 'not-found' } };
  }

  private client(clientId: string): ClientState {
    let state = this.clients.get(clientId);
    if (!state) this.clients.set(clientId, (state = { last: 0, rejections: [] }));
    return state;
  }

  private push(memberId: string, raw: unknown): Answer {
    const request = z.safeParse(pushRequestSchema, raw);
    if (!request.success) return { status: 400, body: { error: 'bad-request' } };
    const client = this.client(request.data.clientId);
    for (const mutation of request.data.mutations) {
      if (mutation.id <= client.last) continue; // 1: covered already
      if (mutation.id !== client.last + 1) {
        return { status: 409, body: { error: 'mutation-gap', expected: client.last + 1 } }; // 2
      }
      const args = z.safeParse(mutationArgSchemas['perspective.add'], mutation.args); // 3
      if (mutation.name !== 'perspective.add' || !args.success) {
        client.rejections.push({ mutationId: mutation.id, code: 'bad-request' });
      } else if (args.data.text.includes('REJECT') || this.perspectives.has(args.data.id)) {
        client.rejections.push({ mutationId: mutation.id, code: 'forbidden' }); // 4
      } else {
        const at = new Date(Date.UTC(2026, 0, 1) + (this.clock += 1000)).toISOString();
        this.perspectives.set(args.data.id, {
          ...args.data,
          houses: args.data.houses ?? null,
          authorMemberId: memberId,
          correctionStatus: null,
          correctionReason: null,
          readBy: [],
          withdrawn: false,
          createdAt: at,
          updatedAt: at,
        }); // 5
        this.applyCount.set(args.data.id, (this.applyCount.get(args.data.id) ?? 0) + 1);
        this.version += 1;
      }
      client.last = mutation.id; // 6
    }
    return { status: 200, body: { lastMutationId: client.last } };
  }

  private pull(raw: unknown): Answer {
    const request = z.safeParse(pullRequestSchema, raw);
    if (!request.success) return { status: 400, body: { error: 'bad-request' } };
    const client = this.client(request.data.clientId);
    return {
      status: 200,
      body: {
        cursor: `v${this.version}`,
        lastMutationId: client.last,
        rejections: client.rejections,
        changes: [...this.perspectives.values()].map((value) => ({
          op: 'put',
          entity: 'perspective',
          value,
        })),
      },
    };
  }
}
