import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../src/http/router.js';
import { createHarness, type Harness } from './helpers/harness.js';

/**
 * A router mounted behind the real middleware, for error paths that the public read-only API
 * cannot reach yet: JSON bodies, crashes and database exceptions.
 */
const probe = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/test-probes',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({ title: z.strictObject({ en: z.string().min(1, 'must not be empty') }), count: z.number().int().optional() }),
            },
          },
        },
      },
      responses: { 201: { description: 'created' } },
    }),
    (c) => c.json({ ok: true }, 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/v1/test-probes/crash', responses: { 200: { description: 'never' } } }),
    () => {
      const error = new Error('secret internals: connection string postgres://user:pw@db/prod') as Error & { code: string };
      error.code = 'XX000';
      throw error;
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/v1/test-probes/bad-cast', responses: { 200: { description: 'never' } } }),
    async (c) => {
      await c.get('db').execute(sql`select ${'not a date'}::timestamptz`);
      return c.json({}, 200);
    },
  );

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ extraRouters: [probe] });
});
afterAll(async () => {
  await h?.close();
});

function expectProblem(res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type, status, title: expect.any(String), detail: expect.any(String), instance: expect.any(String) });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
}

describe('errors are problem+json', () => {
  it('answers 404 for an unknown path', async () => {
    const res = await h.http.get('/v1/no-such-thing');
    expectProblem(res, 404, '/problems/not-found');
    expect(res.body.instance).toBe('/v1/no-such-thing');
  });

  it('answers 405 with Allow for a wrong method on a known path', async () => {
    for (const [method, path, allow] of [
      ['put', '/v1/events', 'GET, HEAD, OPTIONS, POST'],
      ['put', '/v1/events/astana-process', 'DELETE, GET, HEAD, OPTIONS, PATCH'],
      ['delete', '/v1/timeline', 'GET, HEAD, OPTIONS'],
      ['put', '/health', 'GET, HEAD, OPTIONS'],
      ['patch', '/ready', 'GET, HEAD, OPTIONS'],
    ] as const) {
      const res = await h.http[method](path);
      expectProblem(res, 405, '/problems/method-not-allowed');
      expect(res.headers.allow, `${method} ${path}`).toBe(allow);
    }
  });

  it('answers OPTIONS with the allowed methods, and HEAD like GET without a body', async () => {
    const options = await h.http.options('/v1/timeline');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    const head = await h.http.head('/v1/events');
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
  });

  it('answers malformed JSON with 400 problem+json, not text', async () => {
    const res = await h.http.post('/v1/test-probes').set('Content-Type', 'application/json').send('{"title": {"en": "x"');
    expectProblem(res, 400, '/problems/malformed-json');
  });

  it('lists every invalid body field with a JSON Pointer', async () => {
    const res = await h.http.post('/v1/test-probes').send({ title: { en: '', fr: 'x' }, count: 1.5, extra: true });
    expectProblem(res, 400, '/problems/validation-error');
    const errors = res.body.errors as { pointer: string; detail: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { pointer: '#/body/title/en', detail: 'must not be empty' },
        { pointer: '#/body/title/fr', detail: 'unknown field "fr"' },
        { pointer: '#/body/count', detail: expect.any(String) },
        { pointer: '#/body/extra', detail: 'unknown field "extra"' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('answers a body in another media type with 415', async () => {
    const res = await h.http.post('/v1/test-probes').set('Content-Type', 'text/plain').send('title=x');
    expectProblem(res, 415, '/problems/unsupported-media-type');
  });

  it('answers an oversized body with 413 problem+json, not a reset', async () => {
    const big = JSON.stringify({ title: { en: 'x'.repeat(1024 * 1024 + 10) } });
    const res = await h.http.post('/v1/test-probes').set('Content-Type', 'application/json').send(big);
    expectProblem(res, 413, '/problems/payload-too-large');
  });

  it('answers an unexpected failure with a bare 500 and keeps the details in the log', async () => {
    const res = await h.http.get('/v1/test-probes/crash');
    expectProblem(res, 500, '/problems/internal-error');
    expect(JSON.stringify(res.body)).not.toMatch(/secret|postgres:|stack|XX000|at /);
    const logged = h.logs.find((l) => l.msg === 'unhandled error' && l.requestId === res.body.requestId);
    expect(JSON.stringify(logged)).toContain('secret internals');
  });

  it('answers a value the database rejects with 400, not 500', async () => {
    const res = await h.http.get('/v1/test-probes/bad-cast');
    expectProblem(res, 400, '/problems/bad-request');
    expect(JSON.stringify(res.body)).not.toMatch(/timestamptz|syntax|22007/);
  });

  it('echoes a caller-supplied request id', async () => {
    const res = await h.http.get('/v1/nothing-here').set('X-Request-Id', 'trace-abc-123');
    expect(res.headers['x-request-id']).toBe('trace-abc-123');
    expect(res.body.requestId).toBe('trace-abc-123');
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with characters outside ASCII letters, digits, _, - and =', 'trace abc/123'],
    ['with a letter outside ASCII', 'trace-\u00e9t\u00e9'],
  ])('replaces a request id %s with one of its own, in the header, the problem and the log', async (_why, sent) => {
    const res = await h.http.get('/v1/nothing-here').set('X-Request-Id', sent);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.body.requestId).toBe(id);
    expect(h.logs.find((l) => l.msg === 'request' && l.requestId === id)).toMatchObject({ status: 404, path: '/v1/nothing-here' });
  });

  it('keeps a request id of 128 characters', async () => {
    const sent = `${'a'.repeat(120)}-_=12345`;
    const res = await h.http.get('/v1/nothing-here').set('X-Request-Id', sent);
    expect(res.headers['x-request-id']).toBe(sent);
  });
});

describe('when the database is gone', () => {
  it('answers 503 with Retry-After, and /ready says so while /health stays up', async () => {
    const local = await createHarness();
    try {
      expect((await local.http.get('/ready')).status).toBe(200);
      await local.database.close();
      const res = await local.http.get('/v1/events');
      expectProblem(res, 503, '/problems/service-unavailable');
      expect(res.headers['retry-after']).toBe('5');
      const ready = await local.http.get('/ready');
      expectProblem(ready, 503, '/problems/service-unavailable');
      expect(ready.headers['retry-after']).toBe('5');
      expect((await local.http.get('/health')).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});
