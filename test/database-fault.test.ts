import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openPostgres, type Database } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { createLogger } from '../src/http/logger.js';
import { createRouter } from '../src/http/router.js';
import { articleSeed } from '../src/seeds/article.js';
import { seedDatabase } from '../src/seeds/run.js';
import {
  startThrowawayPostgres,
  throwawayPostgresSupport,
  type ThrowawayPostgres,
} from './helpers/throwaway-postgres.js';

/**
 * The database server goes away under a running app, then comes back: the app answers 503 with
 * `Retry-After` meanwhile, and recovers by itself, without a restart. The server is a cluster of
 * this file's own, so that stopping it disturbs no other test.
 */
const support = throwawayPostgresSupport();

/** A query that is still running when the server goes away. */
const slow = createRouter().openapi(
  createRoute({ method: 'get', path: '/v1/test-slow', responses: { 200: { description: 'slept' } } }),
  async (c) => {
    await c.get('db').execute(sql`select pg_sleep(3)`);
    return c.json({ slept: true }, 200);
  },
);
const RECOVERY_DEADLINE_MS = 10_000;

type Res = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

function expectUnavailable(res: Res) {
  expect(res.status, JSON.stringify(res.body)).toBe(503);
  expect(res.headers['content-type']).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
  expect(res.headers['retry-after']).toBe('5');
}

const title = `when the database server stops and starts again${support.ok ? '' : ` (${support.reason})`}`;

describe.skipIf(!support.ok)(title, () => {
  let pg: ThrowawayPostgres | undefined;
  let database: Database | undefined;
  let server: Server | undefined;
  let http: ReturnType<typeof supertest>;
  const logs: { level: string; msg: string; [key: string]: unknown }[] = [];

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    database = openPostgres({ url: pg.url, poolMax: 4, statementTimeoutMs: 5_000 });
    await migrateDatabase(database);
    await seedDatabase(database.db, articleSeed);
    const logger = createLogger('debug', (line) => logs.push(JSON.parse(line)));
    const app = createApp({ database, extraRouters: [slow], logger });
    const listening = createServer(getRequestListener(app.fetch));
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    http = supertest(`http://127.0.0.1:${(listening.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await database?.close().catch(() => {});
    await pg?.destroy();
  });

  /** Polls until the list answers 200; the statuses seen on the way. */
  async function pollUntilServed(): Promise<{ ms: number; statuses: number[] }> {
    const started = performance.now();
    const statuses: number[] = [];
    while (performance.now() - started < RECOVERY_DEADLINE_MS) {
      const res = await http.get('/v1/events');
      statuses.push(res.status);
      if (res.status === 200) break;
      expectUnavailable(res);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { ms: Math.round(performance.now() - started), statuses };
  }

  async function outage(mode: 'fast' | 'immediate') {
    // Several requests at once, so that the pool holds several connections when the server goes.
    const warm = await Promise.all(Array.from({ length: 6 }, () => http.get('/v1/events')));
    expect(warm.map((r) => r.status)).toEqual(Array(6).fill(200));

    await pg!.stop(mode);
    expectUnavailable(await http.get('/v1/events'));
    expectUnavailable(await http.get('/v1/events/astana-process'));
    expectUnavailable(await http.get('/ready'));
    expect((await http.get('/health')).status).toBe(200);
    expect(logs.some((l) => l.msg === 'unhandled error')).toBe(false);

    await pg!.start();
    const recovery = await pollUntilServed();
    expect(recovery.statuses.at(-1), `statuses while recovering: ${recovery.statuses.join(' ')}`).toBe(200);
    expect((await http.get('/ready')).status).toBe(200);
    const again = await Promise.all(Array.from({ length: 6 }, () => http.get('/v1/events')));
    expect(again.map((r) => r.status)).toEqual(Array(6).fill(200));
    // An event's detail comes from the lookup pool, which recovers as well.
    expect((await http.get('/v1/events/astana-process')).status).toBe(200);
    return recovery;
  }

  it('answers 200, then 503 with Retry-After while it is down, then 200 again without a restart', async () => {
    expect((await http.get('/v1/events')).status).toBe(200);
    const recovery = await outage('fast');
    expect(recovery.ms).toBeLessThan(RECOVERY_DEADLINE_MS);
  });

  it('recovers the same way after an immediate (crash-like) stop', async () => {
    const recovery = await outage('immediate');
    expect(recovery.ms).toBeLessThan(RECOVERY_DEADLINE_MS);
  });

  it('answers 503 to a request whose query was running when the server stopped', async () => {
    const inFlight = http.get('/v1/test-slow').then((res) => res);
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    await pg!.stop('fast');
    const res = await inFlight;
    expectUnavailable(res);
    expect(performance.now() - started).toBeLessThan(2_000);
    await pg!.start();
    const recovery = await pollUntilServed();
    expect(recovery.statuses.at(-1)).toBe(200);
  });

  it('logs the outage as a warning, never as an unhandled error', () => {
    expect(logs.filter((l) => l.msg === 'database unavailable').length).toBeGreaterThan(0);
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
