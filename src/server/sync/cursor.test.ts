import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const key = randomBytes(32);
const state = { userId: 'u1', day: '2025-03-01', cases: { a: 3, b: 7 } };

describe('pull cursors', () => {
  it('give back the user, day and versions they were made from', () => {
    expect(decodeCursor(key, encodeCursor(key, state))).toEqual(state);
  });

  it('do not show the case versions to the client', () => {
    const cursor = encodeCursor(key, { ...state, cases: { 'case-id-visible': 12345 } });
    const readable = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(readable).not.toContain('12345');
    expect(readable).not.toContain('case-id-visible');
  });

  it('are refused when a client changes any byte', () => {
    const raw = Buffer.from(encodeCursor(key, state), 'base64url');
    for (const at of [0, 13, 30, raw.length - 1]) {
      const forged = Buffer.from(raw);
      forged[at] = forged[at]! ^ 1;
      expect(decodeCursor(key, forged.toString('base64url'))).toBeNull();
    }
  });

  it('are refused when sealed with another server’s key', () => {
    expect(decodeCursor(key, encodeCursor(randomBytes(32), state))).toBeNull();
  });

  it('are refused when they are not cursors at all', () => {
    for (const junk of ['', 'abc', 'a.b.c', '.', 'e30.', 'x'.repeat(80)])
      expect(decodeCursor(key, junk)).toBeNull();
  });
});
