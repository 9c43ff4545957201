/** The codes a refused write is stored with (server mutator.ts), each with a text in pro.json. */
export const refusalKeys = ['forbidden', 'not-found', 'conflict', 'bad-request', 'unknown-mutation'] as const;
export type RefusalKey = (typeof refusalKeys)[number] | 'other';

export const refusalKey = (code: string): RefusalKey =>
  (refusalKeys as readonly string[]).includes(code) ? (code as RefusalKey) : 'other';
