// `npm run db:seed`: seeds the demo family into an empty database (never with NODE_ENV=production).
import { loadConfig } from '../src/server/config';
import { seedDemoIfEmpty } from '../src/server/demo/seed-demo';
import { openStorage } from '../src/server/storage/open-storage';
import { exitOnStartupError } from '../src/server/startup-error';

try {
  const config = loadConfig({ ...process.env, GEZIEN_DEMO: '1' });
  const storage = await openStorage(config);
  const seeded = await seedDemoIfEmpty(storage, config.demoPassword);
  console.log(seeded ? 'Seeded the demo family.' : 'The database already has users: nothing seeded.');
  await storage.close();
} catch (error) {
  exitOnStartupError(error);
}
