import { randomUUID } from 'node:crypto';
import type { Storage } from '../storage/storage';
import { hashPassword } from './password';
import { checkNewPassword } from './password-policy';

/**
 * What `npm run admin` can do (SECURITY.md C3), over the same storage functions as the server:
 * make a professional's login, disable or enable a login (disabling ends all its sessions), and
 * end all sessions of a login. Each returns a one-line, secret-free message or throws AdminError.
 */
export class AdminError extends Error {}

async function userOf(storage: Storage, username: string) {
  const user = await storage.findUserByUsername(username);
  if (!user) throw new AdminError(`no login with username "${username}"`);
  return user;
}

export async function createProfessional(
  storage: Storage,
  {
    email,
    name,
    organisation,
    password,
  }: { email: string; name: string; organisation: string; password: string },
): Promise<string> {
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new AdminError('--email must be an e-mail address');
  if (!name.trim()) throw new AdminError('--name must not be empty');
  if (!organisation.trim()) throw new AdminError('--organisation must not be empty');
  const problem = checkNewPassword(password, email);
  if (problem) throw new AdminError(`password refused: ${problem}`);
  if (await storage.findUserByUsername(email)) throw new AdminError(`a login "${email}" already exists`);
  const user = {
    id: randomUUID(),
    username: email,
    kind: 'professional' as const,
    displayName: name.trim(),
    passwordHash: await hashPassword(password),
    disabled: false,
    organisation: organisation.trim(),
  };
  await storage.createUser(user);
  return `created professional ${email.toLowerCase()} (${user.id})`;
}

export async function disableLogin(storage: Storage, username: string, disabled = true): Promise<string> {
  const user = await userOf(storage, username);
  await storage.setUserDisabled(user.id, disabled);
  return disabled ? `disabled ${user.username}; all its sessions ended` : `enabled ${user.username}`;
}

export async function endSessionsOf(storage: Storage, username: string): Promise<string> {
  const user = await userOf(storage, username);
  const ended = await storage.deleteSessionsForUser(user.id);
  return `ended ${ended} session(s) of ${user.username}`;
}
