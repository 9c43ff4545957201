import { commonPasswords } from './common-passwords';

/**
 * What a new password must be (SECURITY.md B5, following NIST 800-63B): at least 8 characters,
 * up to 64 and more allowed, anything pasteable, no composition rules, not a common password and
 * not one character or a run of the keyboard. Length counts code points, so emoji count once.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

export type PasswordProblem = 'password-too-short' | 'password-too-common';

export function checkNewPassword(password: string, username = ''): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'password-too-short';
  const lower = password.normalize('NFC').toLowerCase();
  if (commonPasswords.has(lower)) return 'password-too-common';
  if (new Set(lower).size <= 2) return 'password-too-common';
  if (username && lower.includes(username.toLowerCase()) && length < username.length + 4) {
    return 'password-too-common';
  }
  return undefined;
}
