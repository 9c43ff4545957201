import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireOrigin } from './config';

// Outside demo mode GEZIEN_ORIGIN is required (issue 13 row 10).
const ORIGIN = { GEZIEN_ORIGIN: 'https://gezien.example' };

describe('configuration', () => {
  it('runs on 127.0.0.1:3000 with SQLite under data/ when nothing else is set', () => {
    const config = loadConfig(ORIGIN);
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: false });
    expect(config.dataDir).toMatch(/[/\\]data$/);
  });

  it('requires GEZIEN_ORIGIN outside demo mode, so links never come from a Host header', () => {
    const start = (env: Record<string, string>) => () => requireOrigin(loadConfig(env));
    expect(start({ NODE_ENV: 'production' })).toThrow(/GEZIEN_ORIGIN is required/);
    expect(start({ NODE_ENV: 'development' })).toThrow(/GEZIEN_ORIGIN is required/);
    expect(start({ GEZIEN_DEMO: '1' })).not.toThrow();
    expect(start({ NODE_ENV: 'production', ...ORIGIN })).not.toThrow();
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
    expect(loadConfig({ ...ORIGIN, DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('takes session lifetimes in minutes from the environment', () => {
    const config = loadConfig({ ...ORIGIN, GEZIEN_SESSION_PRO_IDLE_MINUTES: '15' });
    expect(config.sessions.professional.idleMs).toBe(15 * 60_000);
  });
});
