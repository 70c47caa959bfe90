/**
 * The one place that reads `process.env`. Everything else receives a validated `Config`.
 */
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Connections of the lookup pool (see `openPostgres`) unless `DATABASE_LOOKUP_POOL_MAX` says otherwise. */
export const LOOKUP_POOL_DEFAULT = 4;

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, `must be between 1 and ${max}`)
    .max(max, `must be between 1 and ${max}`);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'postgres:' || u.protocol === 'postgresql:';
    } catch {
      return false;
    }
  }, 'must be a postgres:// or postgresql:// URL');

/** A request quota per window; 0 switches the limit off. */
const quota = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 1000000')
  .max(1_000_000, 'must be between 0 and 1000000');

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('0.0.0.0')),
  PORT: z.preprocess(emptyAsUndefined, port.default(3000)),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, positiveInt(1000).default(10)),
  DATABASE_LOOKUP_POOL_MAX: z.preprocess(emptyAsUndefined, positiveInt(1000).default(LOOKUP_POOL_DEFAULT)),
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(3_600_000).default(15_000)),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('.data/pglite')),
  MIGRATE_ON_START: z.preprocess(emptyAsUndefined, bool.default(true)),
  SEED_ON_FIRST_START: z.preprocess(emptyAsUndefined, bool.optional()),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(600_000).default(10_000)),
  READS_PUBLIC: z.preprocess(emptyAsUndefined, bool.default(true)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, quota.default(6000)),
  RATE_LIMIT_WRITES_PER_MINUTE: z.preprocess(emptyAsUndefined, quota.default(6000)),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database:
    | { kind: 'postgres'; url: string; poolMax: number; lookupPoolMax: number; statementTimeoutMs: number }
    | { kind: 'pglite'; dataDir: string; statementTimeoutMs: number };
  migrateOnStart: boolean;
  /** Seed the article's data when start-up finds an empty database. */
  seedOnFirstStart: boolean;
  shutdownTimeoutMs: number;
  /** Whether reads need no API key; writes always need one. */
  readsPublic: boolean;
  logLevel: LogLevel;
  /** Requests per client per window, reads (GET, HEAD, OPTIONS) and writes counted apart; 0 disables. */
  rateLimit: { reads: number; writes: number; windowSeconds: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws a `ConfigError` naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got = source[name];
      return `  ${name} ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const database: Config['database'] = env.DATABASE_URL
    ? {
        kind: 'postgres',
        url: env.DATABASE_URL,
        poolMax: env.DATABASE_POOL_MAX,
        lookupPoolMax: env.DATABASE_LOOKUP_POOL_MAX,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      }
    : { kind: 'pglite', dataDir: env.DATA_DIR, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS };
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database,
    migrateOnStart: env.MIGRATE_ON_START,
    seedOnFirstStart: env.SEED_ON_FIRST_START ?? database.kind === 'pglite',
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    readsPublic: env.READS_PUBLIC,
    logLevel: env.LOG_LEVEL,
    rateLimit: { reads: env.RATE_LIMIT_PER_MINUTE, writes: env.RATE_LIMIT_WRITES_PER_MINUTE, windowSeconds: 60 },
  };
}

/** The Postgres server the test suite runs against; unset means the embedded PGlite. */
export function testDatabaseUrl(source: Record<string, string | undefined> = process.env): string | undefined {
  const value = emptyAsUndefined(source.TEST_DATABASE_URL);
  if (value === undefined) return undefined;
  const parsed = postgresUrl.safeParse(value);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n  TEST_DATABASE_URL ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
