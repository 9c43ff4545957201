// `npm run db:migrate`: brings the configured database (GEZIEN_DATA_DIR or DATABASE_URL) to the latest schema.
import { loadConfig } from '../src/server/config';
import { openStorage } from '../src/server/storage/open-storage';
import { exitOnStartupError } from '../src/server/startup-error';

try {
  const storage = await openStorage(loadConfig());
  console.log(`Database migrated (${storage.dialect}).`);
  await storage.close();
} catch (error) {
  exitOnStartupError(error);
}
