import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('runs on 127.0.0.1:3000 with SQLite under data/ when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: false });
    expect(config.dataDir).toMatch(/[/\\]data$/);
  });

  it('refuses the demo in production', () => {
    expect(() => loadConfig({ GEZIEN_DEMO: '1', NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ GEZIEN_DEMO: 'true', NODE_ENV: 'development' }).demo).toBe(true);
  });

  it('names every invalid variable without echoing its value', () => {
    const secret = 'mysql://user:hunter2@db';
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: secret })).toThrow(/PORT, DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: secret })).not.toThrow(/hunter2/);
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('takes session lifetimes in minutes from the environment', () => {
    const config = loadConfig({ GEZIEN_SESSION_PRO_IDLE_MINUTES: '15' });
    expect(config.sessions.professional.idleMs).toBe(15 * 60_000);
  });
});
