import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const key = randomBytes(32);

describe('pull cursors', () => {
  it('give back the versions they were made from', () => {
    expect(decodeCursor(key, encodeCursor(key, { a: 3, b: 7 }))).toEqual({ a: 3, b: 7 });
  });

  it('are refused when a client edits the versions', () => {
    const [, mac] = encodeCursor(key, { a: 3 }).split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, cases: { a: 99 } })).toString('base64url');
    expect(decodeCursor(key, `${forged}.${mac}`)).toBeNull();
  });

  it('are refused when signed with another server’s key', () => {
    expect(decodeCursor(key, encodeCursor(randomBytes(32), { a: 3 }))).toBeNull();
  });

  it('are refused when they are not cursors at all', () => {
    for (const junk of ['', 'abc', 'a.b.c', '.', 'e30.']) expect(decodeCursor(key, junk)).toBeNull();
  });
});
