import { describe, expect, it } from 'vitest';
import { truncateAddress } from './log-address';

describe('addresses in server logs', () => {
  it('keep only the network part', () => {
    expect(truncateAddress('203.0.113.77')).toBe('203.0.113.0');
    expect(truncateAddress('::ffff:192.0.2.9')).toBe('192.0.2.0');
    expect(truncateAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::');
    expect(truncateAddress('fe80::1')).toBe('fe80::');
    expect(truncateAddress(undefined)).toBe('-');
  });
});
