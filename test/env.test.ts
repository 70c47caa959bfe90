import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/env.js';

describe('configuration', () => {
  it('defaults to PGlite on port 3000 in .data/pglite, seeding on first start', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '.data/pglite', statementTimeoutMs: 15_000 });
    expect(config.seedOnFirstStart).toBe(true);
    expect(config.migrateOnStart).toBe(true);
  });

  it('uses Postgres when DATABASE_URL is given, without seeding unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app', PORT: '8080', DATA_DIR: '/tmp/x' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@db:5432/app' });
    expect(config.port).toBe(8080);
    expect(config.seedOnFirstStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db/app', SEED_ON_FIRST_START: 'true' }).seedOnFirstStart).toBe(true);
  });

  it('sizes the two Postgres pools: 10 connections for most statements, 4 for lookups, unless told', () => {
    const url = 'postgres://u@db:5432/app';
    expect(loadConfig({ DATABASE_URL: url }).database).toMatchObject({ poolMax: 10, lookupPoolMax: 4 });
    expect(loadConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '20', DATABASE_LOOKUP_POOL_MAX: '8' }).database).toMatchObject({
      poolMax: 20,
      lookupPoolMax: 8,
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MIGRATE_ON_START: 'maybe' }, 'MIGRATE_ON_START'],
    [{ SHUTDOWN_TIMEOUT_MS: '0' }, 'SHUTDOWN_TIMEOUT_MS'],
    [{ DATABASE_LOOKUP_POOL_MAX: '0' }, 'DATABASE_LOOKUP_POOL_MAX'],
    [{ DATABASE_LOOKUP_POOL_MAX: 'many' }, 'DATABASE_LOOKUP_POOL_MAX'],
  ])('rejects %j, naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name} `));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
