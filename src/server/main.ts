import { buildApp } from './app';
import { loadConfig, requireOrigin } from './config';
import { demoUsernames, seedDemoIfEmpty } from './demo/seed-demo';
import { openStorage } from './storage/open-storage';
import { exitOnStartupError } from './startup-error';

/**
 * `npm run serve` (and `npm start` after a build): config → storage (migrated) → demo seed when
 * asked and the database is empty → listen. A start-up failure prints one line with a stable code
 * and exits 1; SIGTERM and SIGINT close the server and the database cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  requireOrigin(config);
  const storage = await openStorage(config);
  if (config.demo && (await seedDemoIfEmpty(storage, config.demoPassword))) {
    console.log('Seeded the demo family.');
  }
  const app = await buildApp({ config, storage, logger: config.nodeEnv !== 'test' });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  await app.listen({ port: config.port, host: config.host });
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const { port } = app.server.address() as { port: number };
  console.log(`Gezien is running on http://${host}:${port} (database: ${storage.dialect})`);
  if (config.demo) {
    console.log(`Demo logins: ${demoUsernames.join(', ')}; password: ${config.demoPassword}`);
  }
}

main().catch(exitOnStartupError);
