import path from 'node:path';
import * as z from 'zod/mini';

/**
 * The server's environment (DESIGN.md §8), parsed once at start. Session lifetimes are in minutes:
 * family members use their own phone for weeks, so they get a long idle time (14 days) and a
 * 90-day absolute limit; professionals work on shared office machines, so 1 hour idle and 12 hours
 * absolute. Every value can be overridden by the environment variable of the same name.
 */
const flag = z.pipe(
  z.optional(z.enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', ''])),
  z.transform((value) => value === '1' || value === 'true' || value === 'on' || value === 'yes'),
);
const minutes = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

const count = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

const envSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535)), 3000),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  GEZIEN_DATA_DIR: z._default(z.string().check(z.minLength(1)), 'data'),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//))),
  GEZIEN_DEMO: flag,
  GEZIEN_DEMO_PASSWORD: z._default(z.string().check(z.minLength(8)), 'gezien-demo'),
  GEZIEN_DIST_DIR: z._default(z.string().check(z.minLength(1)), 'dist'),
  GEZIEN_LOGIN_LIMIT_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 30),
  GEZIEN_ORIGIN: z.optional(z.string().check(z.regex(/^https?:\/\/[^/,\s]+(,https?:\/\/[^/,\s]+)*$/))),
  GEZIEN_AUDIT_READ_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(0)), 600),
  GEZIEN_PULL_LIMIT_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 120),
  GEZIEN_PASSKEY_OPTIONS_LIMIT_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 20),
  GEZIEN_ABUSE_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.positive()), 3600),
  GEZIEN_ACCOUNT_FAILURES_PER_WINDOW: z._default(z.coerce.number().check(z.int(), z.positive()), 5),
  GEZIEN_IP_FAILURES_PER_WINDOW: z._default(z.coerce.number().check(z.int(), z.positive()), 300),
  GEZIEN_SESSION_FAMILY_IDLE_MINUTES: minutes(14 * 24 * 60),
  GEZIEN_SESSION_FAMILY_MAX_MINUTES: minutes(90 * 24 * 60),
  GEZIEN_SESSION_PRO_IDLE_MINUTES: minutes(60),
  GEZIEN_SESSION_PRO_MAX_MINUTES: minutes(12 * 60),
  GEZIEN_FAIR_USE_WINDOW_SECONDS: count(60),
  GEZIEN_MUTATIONS_PER_PUSH: count(100),
  GEZIEN_MUTATIONS_PER_MINUTE: count(600),
  GEZIEN_PUSHES_PER_MINUTE: count(120),
  GEZIEN_PULLS_PER_MINUTE: count(300),
  GEZIEN_STREAMS_PER_USER: count(10),
  GEZIEN_STREAMS_PER_SESSION: count(3),
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'development'),
});

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  distDir: string;
  /** Login attempts per client address per minute (SECURITY.md B2). */
  loginLimitPerMinute: number;
  /** Pulls, and passkey options, per client address per minute (issue 13 row 14). */
  pullLimitPerMinute: number;
  passkeyOptionsLimitPerMinute: number;
  /** An identical read by the same person within this time adds no access-log row (0: every read). */
  auditReadWindowMs: number;
  sessions: { family: SessionLimits; professional: SessionLimits };
  /**
   * Origins passkeys are bound to (GEZIEN_ORIGIN, comma separated). Empty: any loopback origin
   * (localhost, 127.0.0.1) the request came in on, for development and tests; never in production.
   */
  origins: string[];
  /** Failed logins, passkey and invitation attempts counted per window (SECURITY.md B2). */
  /**
   * `accountFailures`: failures per (username or invitation, address) before each further one
   * doubles the wait; `ipFailures`: the hard limit per address per window.
   */
  abuse: { windowMs: number; accountFailures: number; ipFailures: number };
  /** Sync requests per account (decision 010), shared by every process on one PostgreSQL database. */
  fairUse: FairUseLimits;
  nodeEnv: 'development' | 'production' | 'test';
}

/** The *PerMinute limits count per window of `windowMs` (a minute; longer in tests). */
export interface FairUseLimits {
  windowMs: number;
  mutationsPerPush: number;
  mutationsPerMinute: number;
  pushesPerMinute: number;
  pullsPerMinute: number;
  streamsPerUser: number;
  streamsPerSession: number;
}

export class ConfigError extends Error {
  readonly code = 'config-invalid';
}

const toMs = (m: number) => m * 60_000;

/** Parses the environment; throws ConfigError with a one-line, secret-free message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL= npm start`) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = z.safeParse(envSchema, present);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
    throw new ConfigError(`invalid environment variable(s): ${fields.join(', ')}`);
  }
  const e = parsed.data;
  if (e.GEZIEN_DEMO && e.NODE_ENV === 'production') {
    throw new ConfigError('GEZIEN_DEMO is refused when NODE_ENV=production (it seeds known passwords)');
  }

  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.GEZIEN_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.GEZIEN_DEMO,
    demoPassword: e.GEZIEN_DEMO_PASSWORD,
    distDir: path.resolve(e.GEZIEN_DIST_DIR),
    loginLimitPerMinute: e.GEZIEN_LOGIN_LIMIT_PER_MINUTE,
    pullLimitPerMinute: e.GEZIEN_PULL_LIMIT_PER_MINUTE,
    passkeyOptionsLimitPerMinute: e.GEZIEN_PASSKEY_OPTIONS_LIMIT_PER_MINUTE,
    auditReadWindowMs: e.GEZIEN_AUDIT_READ_WINDOW_SECONDS * 1000,
    sessions: {
      family: {
        idleMs: toMs(e.GEZIEN_SESSION_FAMILY_IDLE_MINUTES),
        maxMs: toMs(e.GEZIEN_SESSION_FAMILY_MAX_MINUTES),
      },
      professional: {
        idleMs: toMs(e.GEZIEN_SESSION_PRO_IDLE_MINUTES),
        maxMs: toMs(e.GEZIEN_SESSION_PRO_MAX_MINUTES),
      },
    },
    origins: e.GEZIEN_ORIGIN ? e.GEZIEN_ORIGIN.split(',') : [],
    abuse: {
      windowMs: e.GEZIEN_ABUSE_WINDOW_SECONDS * 1000,
      accountFailures: e.GEZIEN_ACCOUNT_FAILURES_PER_WINDOW,
      ipFailures: e.GEZIEN_IP_FAILURES_PER_WINDOW,
    },
    fairUse: {
      windowMs: e.GEZIEN_FAIR_USE_WINDOW_SECONDS * 1000,
      mutationsPerPush: e.GEZIEN_MUTATIONS_PER_PUSH,
      mutationsPerMinute: e.GEZIEN_MUTATIONS_PER_MINUTE,
      pushesPerMinute: e.GEZIEN_PUSHES_PER_MINUTE,
      pullsPerMinute: e.GEZIEN_PULLS_PER_MINUTE,
      streamsPerUser: e.GEZIEN_STREAMS_PER_USER,
      streamsPerSession: e.GEZIEN_STREAMS_PER_SESSION,
    },
    nodeEnv: e.NODE_ENV,
  };
}

/**
 * For the server itself (not the admin scripts): outside demo mode and tests GEZIEN_ORIGIN is
 * required, so invitation links and passkeys never take the origin from a Host header (issue 13
 * row 10).
 */
export function requireOrigin(config: Config): void {
  if (config.origins.length === 0 && !config.demo && config.nodeEnv !== 'test') {
    throw new ConfigError('GEZIEN_ORIGIN is required outside demo mode (the https:// address people use)');
  }
}
