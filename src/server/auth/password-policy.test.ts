import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { checkNewPassword } from './password-policy';

describe('new passwords', () => {
  it('a 7-character password is too short and an 8-character one is long enough', () => {
    expect(checkNewPassword('abcdef7')).toBe('password-too-short');
    expect(checkNewPassword('zwaluw88')).toBeUndefined();
  });

  it('64 characters and more are allowed, with spaces, symbols and emoji', () => {
    expect(checkNewPassword('x'.repeat(30) + ' de kat 🐈 zit op de mat! ' + 'y'.repeat(20))).toBeUndefined();
  });

  it('an emoji counts as one character', () => {
    expect(checkNewPassword('🐈🐕🐇🦊🐢🐝🦉a')).toBeUndefined();
    expect(checkNewPassword('🐈🐕🐇🦊🐢🐝a')).toBe('password-too-short');
  });

  it('common passwords are refused in any case, Dutch ones too', () => {
    expect(checkNewPassword('Wachtwoord')).toBe('password-too-common');
    expect(checkNewPassword('PASSWORD123')).toBe('password-too-common');
    expect(checkNewPassword('feyenoord1')).toBe('password-too-common');
    expect(checkNewPassword('aaaaaaaaaaaa')).toBe('password-too-common');
    expect(commonPasswords.size).toBeGreaterThan(300);
  });
});
