import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from './helpers/database.js';
import { createHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('GET /health', () => {
  it('answers 200 while the process runs, uncached', async () => {
    const res = await h.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ status: 'ok' });
  });
});

describe('GET /ready', () => {
  it('answers 200 naming the database engine once the database answers, uncached', async () => {
    const res = await h.http.get('/ready');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ status: 'ready', database: testDatabaseKind() });
  });

  it('reports not ready while shutting down, with Retry-After', async () => {
    let shuttingDown = false;
    const local = await createHarness({ isShuttingDown: () => shuttingDown });
    try {
      expect((await local.http.get('/ready')).status).toBe(200);
      shuttingDown = true;
      const res = await local.http.get('/ready');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body).toMatchObject({
        type: '/problems/service-unavailable',
        status: 503,
        title: expect.any(String),
        detail: expect.stringContaining('shutting down'),
        instance: expect.any(String),
      });
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers['cache-control']).toBe('no-store');
      expect((await local.http.get('/health')).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe('the probes', () => {
  it.each(['/health', '/ready'])('%s refuses a query parameter, naming it', async (path) => {
    const res = await h.http.get(path).query({ verbose: 'true' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors).toEqual([{ pointer: '#/query/verbose', detail: expect.any(String) }]);
  });
});
