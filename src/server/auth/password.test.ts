import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, hashPassword, scryptParamsFor, verifyPassword } from './password';

describe('password hashes', () => {
  it('accept the password they were made from and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('carry their scrypt parameters and a unique salt', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('reject a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$8$1$c2FsdA$aGFzaA')).toBe(false);
  });

  it('spend the work of a check even for an unknown user', async () => {
    await expect(burnPasswordCheck('anything')).resolves.toBe(false);
  });

  it('use OWASP’s scrypt minimum outside tests, N=2^17, r=8, p=1, which verifies within its memory limit', async () => {
    expect(scryptParamsFor('production')).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(scryptParamsFor('development')).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    // A hash made elsewhere at those parameters (salt "salt", password "pw").
    const { scryptSync } = await import('node:crypto');
    const key = scryptSync('pw', 'salt', 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 2 ** 17 * 8 });
    const stored = `scrypt$131072$8$1$${Buffer.from('salt').toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword('pw', stored)).toBe(true);
  }, 30_000);
});
