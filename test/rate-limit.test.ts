import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRoute, z } from '@hono/zod-openapi';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/env.js';
import { createLogger } from '../src/http/logger.js';
import {
  addressBucket,
  clientKey,
  RATE_LIMIT_DEFAULTS,
  rateLimit,
  type RateLimitOptions,
} from '../src/http/rate-limit.js';
import { createRouter } from '../src/http/router.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

/** A write route that touches nothing, to spend the write quota. */
const writes = createRouter().openapi(
  createRoute({ method: 'post', path: '/v1/test-writes', responses: { 201: { description: 'accepted' } } }),
  (c) => c.json({ ok: true }, 201),
);

/** A route that fails unexpectedly, for the 500 path. */
const failing = createRouter().openapi(
  createRoute({ method: 'get', path: '/v1/test-failure', responses: { 200: { description: 'never' } } }),
  () => {
    throw new Error('boom');
  },
);

/** A clock the test moves by hand. */
function manualClock() {
  let ms = 1_000_000;
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
}

let testDatabase: TestDatabase;
const servers: Server[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await testDatabase?.drop();
});

/** The real app with these quotas, on a real socket: the limiter sees the peer address. */
async function serve(options: Partial<RateLimitOptions> = {}) {
  const app = createApp({
    database: testDatabase.database,
    logger: createLogger('silent'),
    extraRouters: [writes, failing],
    rateLimit: options,
  });
  const server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const port = (server.address() as AddressInfo).port;
  return { app, port, http: supertest(`http://127.0.0.1:${port}`) };
}

type Res = { status: number; headers: Record<string, string | undefined>; body: Record<string, unknown> };

function limitOf(res: Res): { name: string; r: number; t: number } {
  const match = /^"([^"]+)";r=(\d+);t=(\d+)$/.exec(res.headers.ratelimit ?? '');
  expect(match, `RateLimit: ${res.headers.ratelimit}`).not.toBeNull();
  return { name: match![1]!, r: Number(match![2]), t: Number(match![3]) };
}

function expectQuotaExceeded(res: Res, retryAfter: number) {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toBe('application/problem+json');
  expect(res.body).toMatchObject({
    type: '/problems/quota-exceeded',
    status: 429,
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(res.headers['retry-after']).toBe(String(retryAfter));
  expect(limitOf(res)).toMatchObject({ r: 0, t: retryAfter });
}

/** A GET from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the loopback). */
function getFrom(localAddress: string, port: number, path: string) {
  return new Promise<{ status: number; ratelimit: string | undefined }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, localAddress }, (res) => {
      res.resume();
      const ratelimit = res.headers.ratelimit as string | undefined;
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ratelimit }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limit headers', () => {
  it('come with every limited response, with the default policy', async () => {
    const { http } = await serve();
    const res = await http.get('/v1/events');
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-policy']).toBe(`"default";q=${RATE_LIMIT_DEFAULTS.reads};w=60`);
    expect(limitOf(res)).toEqual({ name: 'default', r: RATE_LIMIT_DEFAULTS.reads - 1, t: 60 });

    const missing = await http.get('/v1/no-such-thing');
    expect(missing.status).toBe(404);
    expect(limitOf(missing).r).toBe(RATE_LIMIT_DEFAULTS.reads - 2);
  });

  it('leave /health and /ready alone', async () => {
    const { http } = await serve({ reads: 1 });
    for (let i = 0; i < 3; i++) {
      for (const path of ['/health', '/ready']) {
        const res = await http.get(path);
        expect(res.status).toBe(200);
        expect(res.headers.ratelimit).toBeUndefined();
        expect(res.headers['ratelimit-policy']).toBeUndefined();
      }
    }
  });

  it('are exposed to browsers, also on a 429', async () => {
    const { http } = await serve({ reads: 1 });
    const first = await http.get('/v1/events').set('Origin', 'https://example.org');
    expect(first.headers['access-control-expose-headers']).toMatch(/(^|, ?)RateLimit(,|$)/);
    expect(first.headers['access-control-expose-headers']).toMatch(/RateLimit-Policy/);
    const limited = await http.get('/v1/events').set('Origin', 'https://example.org');
    expect(limited.status).toBe(429);
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    expect(limited.headers['access-control-expose-headers']).toMatch(/Retry-After/);
    expect(limited.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('headers on every response', () => {
  it('carries the CORS, security and RateLimit headers on a 200, 304, 400, 404, 405 and 500 alike', async () => {
    const { http } = await serve({ reads: 100 });
    const ok = await http.get('/v1/events').set('Origin', 'https://example.org');
    const cases = [
      ok,
      await http.get('/v1/events').set('If-None-Match', ok.headers.etag as string),
      await http.get('/v1/events').query({ limit: 0 }),
      await http.get('/v1/nothing-here'),
      await http.put('/v1/events'),
      await http.get('/v1/test-failure'),
    ];
    expect(cases.map((r) => r.status)).toEqual([200, 304, 400, 404, 405, 500]);
    for (const res of cases) {
      expect(res.headers['access-control-allow-origin'], String(res.status)).toBe('*');
      expect(res.headers['access-control-expose-headers'], String(res.status)).toMatch(/^ETag,Link,.*RateLimit-Policy$/);
      expect(res.headers['x-content-type-options'], String(res.status)).toBe('nosniff');
      expect(res.headers['strict-transport-security'], String(res.status)).toMatch(/^max-age=/);
      // A PUT (the 405) counts against the write quota.
      const quota = res.status === 405 ? 'writes' : 'default';
      expect(res.headers['ratelimit-policy'], String(res.status)).toMatch(new RegExp(`^"${quota}";q=\\d+;w=60$`));
      expect(res.headers.ratelimit, String(res.status)).toMatch(new RegExp(`^"${quota}";r=\\d+;t=\\d+$`));
      expect(res.headers['x-request-id'], String(res.status)).toBeTruthy();
    }
    expect(ok.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
  });
});

describe('over the quota', () => {
  it('answers 429 with Retry-After until the window ends, then counts again', async () => {
    const clock = manualClock();
    const { http } = await serve({ reads: 3, now: clock.now });
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await http.get('/v1/topics');
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-policy']).toBe('"default";q=3;w=60');
      remaining.push(limitOf(res).r);
    }
    expect(remaining).toEqual([2, 1, 0]);

    expectQuotaExceeded(await http.get('/v1/topics'), 60);
    clock.advance(45.5);
    const later = await http.get('/v1/events');
    expectQuotaExceeded(later, 15);
    expect(later.body.detail).toMatch(/3 requests per 60 seconds/);
    expect(later.body.instance).toBe('/v1/events');

    clock.advance(14.5);
    const fresh = await http.get('/v1/topics');
    expect(fresh.status).toBe(200);
    expect(limitOf(fresh)).toEqual({ name: 'default', r: 2, t: 60 });
  });

  it('counts HEAD and plain OPTIONS as reads, and a preflight not at all', async () => {
    const { http } = await serve({ reads: 2 });
    expect((await http.head('/v1/events')).status).toBe(200);
    expect((await http.options('/v1/events')).status).toBe(204);
    const preflight = await http
      .options('/v1/events')
      .set('Origin', 'https://example.org')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect((await http.head('/v1/events')).status).toBe(429);
  });

  it('keeps writes apart from reads, each with its own quota', async () => {
    const { http } = await serve({ reads: 2, writes: 1 });
    const write = await http.post('/v1/test-writes').send({});
    expect(write.status).toBe(201);
    expect(write.headers['ratelimit-policy']).toBe('"writes";q=1;w=60');
    expect(limitOf(write)).toEqual({ name: 'writes', r: 0, t: 60 });
    const again = await http.post('/v1/test-writes').send({});
    expectQuotaExceeded(again, 60);
    expect(again.body.detail).toMatch(/1 writes per 60 seconds/);
    expect((await http.get('/v1/events')).status).toBe(200);
  });

  it('counts made-up API keys against the address, once they are refused', async () => {
    const { http } = await serve({ reads: 2 });
    const statuses: number[] = [];
    for (const token of ['made-up-1', 'made-up-2', 'made-up-3']) {
      statuses.push((await http.get('/v1/events').set('Authorization', `Bearer ${token}`)).status);
    }
    expect(statuses).toEqual([401, 401, 429]);
    expect((await http.get('/v1/events')).status).toBe(200);
  });

  it('gives each client address its own bucket', async () => {
    const { port } = await serve({ reads: 1 });
    expect(await getFrom('127.0.0.2', port, '/v1/topics')).toEqual({ status: 200, ratelimit: '"default";r=0;t=60' });
    expect((await getFrom('127.0.0.2', port, '/v1/topics')).status).toBe(429);
    expect(await getFrom('127.0.0.3', port, '/v1/topics')).toEqual({ status: 200, ratelimit: '"default";r=0;t=60' });
  });

  it('is off when the quota is 0', async () => {
    const { http } = await serve({ reads: 0, writes: 0 });
    for (let i = 0; i < 5; i++) {
      const res = await http.get('/v1/topics');
      expect(res.status).toBe(200);
      expect(res.headers.ratelimit).toBeUndefined();
      expect((await http.post('/v1/test-writes').send({})).status).toBe(201);
    }
  });

  it('works without a socket (app.request), all such requests sharing one bucket', async () => {
    const { app } = await serve({ reads: 1 });
    expect((await app.request('/v1/topics')).headers.get('RateLimit')).toBe('"default";r=0;t=60');
    expect((await app.request('/v1/topics')).status).toBe(429);
  });
});

describe('the limiter', () => {
  /** The limiter in front of a stand-in for authentication that knows two keys. */
  const appWith = (options: Partial<RateLimitOptions>) => {
    const limiter = rateLimit(options);
    const known = new Set(['Bearer good-a', 'Bearer good-b']);
    const app = new Hono()
      .use(limiter)
      .use(async (c, next) => {
        const authorization = c.req.header('Authorization');
        if (authorization !== undefined && !known.has(authorization)) return c.text('refused', 401);
        await next();
      })
      .get('/x', (c) => c.text('ok'));
    const get = (token?: string) => app.request('/x', token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    return { limiter, app, get };
  };

  it('gives each API key its own bucket, apart from the address', async () => {
    const { app } = appWith({ reads: 2 });
    const server = createServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const http = supertest(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const as = (token?: string) => (token ? http.get('/x').set('Authorization', `Bearer ${token}`) : http.get('/x'));

    expect(limitOf(await as('good-a')).r).toBe(1);
    expect(limitOf(await as('good-a')).r).toBe(0);
    expectQuotaExceeded(await as('good-a'), 60);
    const b = await as('good-b');
    expect(b.status).toBe(200);
    expect(limitOf(b).r).toBe(1);
    const anonymous = await as();
    expect(anonymous.status).toBe(200);
    expect(limitOf(anonymous).r).toBe(1);
  });

  it('counts refused keys per address, without touching the requests that carry none', async () => {
    const clock = manualClock();
    const { get } = appWith({ reads: 2, now: clock.now });
    expect((await get('bad-1')).status).toBe(401);
    expect((await get('bad-2')).status).toBe(401);
    const third = await get('bad-3');
    expect(third.status).toBe(429);
    expect(third.headers.get('Retry-After')).toBe('60');
    expect(((await third.json()) as { detail: string }).detail).toMatch(/refused/);
    // A good key from the same address waits too; a request without a key does not.
    expect((await get('good-a')).status).toBe(429);
    expect((await get()).status).toBe(200);
    clock.advance(60);
    expect((await get('good-a')).status).toBe(200);
  });

  it('drops expired buckets as time passes', async () => {
    const clock = manualClock();
    const { limiter, get } = appWith({ reads: 5, now: clock.now });
    for (let i = 0; i < 50; i++) await get(`k${i}`);
    // One bucket per key, and one for the keys refused from this (unknown) address.
    expect(limiter.size()).toBe(51);
    clock.advance(30);
    await get('late');
    expect(limiter.size()).toBe(52);
    clock.advance(30);
    await get('later');
    expect(limiter.size()).toBe(3);
  });

  it('holds at most maxBuckets, dropping the oldest window first', async () => {
    const { limiter, get } = appWith({ reads: 1, maxBuckets: 3 });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(429);
    for (const token of ['good-a', 'good-b']) expect((await get(token)).status).toBe(200);
    expect(limiter.size()).toBe(3);
    // The address's bucket was the oldest and was dropped: it starts a new window.
    expect((await get()).status).toBe(200);
    expect(limiter.size()).toBe(3);
  });
});

describe('clientKey', () => {
  it('uses a digest of the bearer credential, never the credential itself', () => {
    const key = clientKey('Bearer s3cret-token', '10.0.0.1');
    expect(key).toMatch(/^key:[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain('s3cret');
    expect(clientKey('Bearer s3cret-token', '10.0.0.2')).toBe(key);
    expect(clientKey('Bearer other-token', '10.0.0.1')).not.toBe(key);
  });

  it('falls back to the address without a bearer credential', () => {
    expect(clientKey(undefined, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(clientKey('Basic dXNlcjpwdw==', '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(clientKey('Bearer ', '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(clientKey(undefined, '10.0.0.2')).not.toBe(clientKey(undefined, '10.0.0.1'));
    expect(clientKey(undefined, undefined)).toBe('ip:unknown');
  });

  it('counts IPv4-mapped addresses as IPv4, and IPv6 by its /64', () => {
    expect(addressBucket('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBucket('not an address')).toBe('unknown');
  });
});

describe('configuration', () => {
  it('defaults to the limiter defaults, per minute', () => {
    const { rateLimit: config } = loadConfig({});
    const { reads, writes, windowSeconds } = RATE_LIMIT_DEFAULTS;
    expect(config).toEqual({ reads, writes, windowSeconds });
  });

  it('reads RATE_LIMIT_PER_MINUTE and RATE_LIMIT_WRITES_PER_MINUTE, 0 meaning off', () => {
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120', RATE_LIMIT_WRITES_PER_MINUTE: '0' }).rateLimit).toEqual({
      reads: 120,
      writes: 0,
      windowSeconds: 60,
    });
    for (const value of ['-1', '1.5', 'lots']) {
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ RATE_LIMIT_WRITES_PER_MINUTE: value })).toThrow(/RATE_LIMIT_WRITES_PER_MINUTE/);
    }
  });
});

describe('a validated request body', () => {
  it('is unaffected by the limiter', async () => {
    const route = createRouter().openapi(
      createRoute({
        method: 'post',
        path: '/v1/test-echo',
        request: { body: { required: true, content: { 'application/json': { schema: z.object({ a: z.number() }) } } } },
        responses: { 200: { description: 'echo' } },
      }),
      (c) => c.json(c.req.valid('json'), 200),
    );
    const app = createApp({
      database: testDatabase.database,
      logger: createLogger('silent'),
      extraRouters: [route],
      rateLimit: { writes: 5 },
    });
    const res = await app.request('/v1/test-echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ a: 1 });
    expect(res.headers.get('RateLimit')).toBe('"writes";r=4;t=60');
  });
});
