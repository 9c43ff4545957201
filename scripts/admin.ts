// `npm run admin -- <command>`: account administration on the server's database (SECURITY.md C3).
//   create-professional --email <e-mail> --name <name> --organisation <organisation>   (password from GEZIEN_ADMIN_PASSWORD or a prompt)
//   disable --username <username>        enable --username <username>
//   end-sessions --username <username>
import { parseArgs } from 'node:util';
import {
  AdminError,
  createProfessional,
  disableLogin,
  endSessionsOf,
} from '../src/server/auth/admin-commands';
import { promptSecret } from '../src/server/auth/silent-prompt';
import { loadConfig } from '../src/server/config';
import { openStorage } from '../src/server/storage/open-storage';
import { exitOnStartupError } from '../src/server/startup-error';

const usage = `usage: npm run admin -- create-professional --email <e-mail> --name <name> --organisation <organisation>
       npm run admin -- disable --username <username>
       npm run admin -- enable --username <username>
       npm run admin -- end-sessions --username <username>`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.GEZIEN_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new AdminError('set GEZIEN_ADMIN_PASSWORD or run in a terminal');
  // Not echoed: the password never shows on screen or in a terminal recording.
  return promptSecret('Password for the new login (at least 8 characters): ');
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    username: { type: 'string' },
  },
});
const [command] = positionals;

try {
  const config = loadConfig();
  const storage = await openStorage(config);
  try {
    let message: string;
    if (command === 'create-professional' && values.email && values.name && values.organisation) {
      const password = await readPassword();
      const { email, name, organisation } = values;
      message = await createProfessional(storage, { email, name, organisation, password });
    } else if ((command === 'disable' || command === 'enable') && values.username) {
      message = await disableLogin(storage, values.username, command === 'disable');
    } else if (command === 'end-sessions' && values.username) {
      message = await endSessionsOf(storage, values.username);
    } else {
      throw new AdminError(usage);
    }
    console.log(message);
  } finally {
    await storage.close();
  }
} catch (error) {
  if (error instanceof AdminError) {
    console.error(error.message);
    process.exit(2);
  }
  exitOnStartupError(error);
}
