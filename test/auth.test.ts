import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import supertest from 'supertest';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../src/db/schema/index.js';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/http/logger.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { createKey } from './helpers/keys.js';
import { childEnv } from './helpers/process.js';

let h: Harness;
const keys: Record<'read' | 'write' | 'admin', string> = { read: '', write: '', admin: '' };
beforeAll(async () => {
  h = await createHarness();
  for (const scope of ['read', 'write', 'admin'] as const) keys[scope] = (await createKey(h.database.db, scope)).authorization;
});
afterAll(async () => {
  await h?.close();
});

/** Every secured operation of the OpenAPI document, with a path that resolves. */
async function securedOperations(): Promise<{ method: 'post' | 'patch' | 'delete' | 'put'; path: string }[]> {
  const { paths } = (await h.http.get('/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  const operations: { method: 'post' | 'patch' | 'delete' | 'put'; path: string }[] = [];
  for (const [template, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!op.security?.length) continue;
      operations.push({ method: method as 'post', path: template.replace('{id}', '00000000-0000-4000-8000-000000000000') });
    }
  }
  return operations;
}

describe('the auth matrix, applied to every secured operation', () => {
  it('covers the writes', async () => {
    const operations = await securedOperations();
    expect(operations.length).toBeGreaterThanOrEqual(3);
    expect(operations.map((o) => o.method)).toEqual(expect.arrayContaining(['post', 'patch', 'delete']));
  });

  const cases = [
    ['no key', undefined, 401],
    ['a malformed header', 'Basic dXNlcjpwYXNz', 401],
    ['an unknown key', 'Bearer eta_not-a-real-key-at-all-000000', 401],
    ['a read-only key', 'read', 403],
  ] as const;
  it.each(cases.map(([name, credential, status]) => ({ name, credential, status })))('answers $name with $status problem+json', async ({ credential, status }) => {
    for (const op of await securedOperations()) {
      const authorization = credential === 'read' ? keys.read : credential;
      const req = h.http[op.method](op.path).send({});
      if (authorization) req.set('Authorization', authorization);
      const res = await req;
      expect(res.status, `${op.method} ${op.path}`).toBe(status);
      expect(res.headers['content-type']).toBe('application/problem+json');
      if (status === 401) expect(res.headers['www-authenticate'], `${op.method} ${op.path}`).toMatch(/^Bearer realm="event-timeline-api"/);
    }
  });

  it.each(['write', 'admin'] as const)('lets a %s key through to the operation', async (scope) => {
    for (const op of await securedOperations()) {
      const res = await h.http[op.method](op.path).set('Authorization', keys[scope]).send({});
      expect([401, 403], `${op.method} ${op.path}`).not.toContain(res.status);
    }
  });
});

describe('revocation', () => {
  it('stops a key at once', async () => {
    const key = await createKey(h.database.db, 'write', 'to revoke');
    const body = { slug: `rv-${Date.now()}`, kind: 'meeting', status: 'concluded', title: { en: 'x' }, date: '2020' };
    expect((await h.http.post('/v1/events').set('Authorization', key.authorization).send(body)).status).toBe(201);
    await h.database.db.update(apiKeys).set({ revokedAt: new Date().toISOString() }).where(eq(apiKeys.id, key.id));
    // Its last write is noted, shortly after the write, outside the write's transaction.
    await expect
      .poll(async () => (await h.database.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, key.id)))[0]?.at)
      .toEqual(expect.any(String));
    const res = await h.http.patch(`/v1/events/${body.slug}`).set('Authorization', key.authorization).send({ kind: 'visit' });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('invalid_token');
  });
});

describe('public reads', () => {
  it('are open by default, and can require a key', async () => {
    expect((await h.http.get('/v1/events')).status).toBe(200);
    const closed = createApp({ database: h.database, logger: createLogger('silent'), readsPublic: false });
    const server = createServer(getRequestListener(closed.fetch));
    try {
      const http = supertest(server);
      const anonymous = await http.get('/v1/events');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      expect((await http.get('/v1/events').set('Authorization', keys.read)).status).toBe(200);
      expect((await http.get('/health')).status).toBe(200);
      expect((await http.get('/openapi.json')).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('npm run keys', () => {
  const run = promisify(execFile);
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'eta-keys-')), 'pglite');
  });
  afterAll(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });
  const keysCli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/keys.ts', ...args], { env: childEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });

  it('creates a key shown once, stores only its hash, lists and revokes it', async () => {
    const created = await keysCli('create', '--name', 'curator', '--scope', 'write');
    const key = /(eta_\S+)/.exec(created.stdout)?.[1];
    expect(key).toMatch(/^eta_[A-Za-z0-9_-]{32}$/);
    const listed = await keysCli('list');
    expect(listed.stdout).toContain('curator');
    expect(listed.stdout).not.toContain(key!);
    expect(listed.stdout).toContain('active');
    const id = listed.stdout.trim().split(/\s+/)[0]!;
    await keysCli('revoke', id);
    expect((await keysCli('list')).stdout).toContain('revoked');
    await expect(keysCli('create', '--name', 'x', '--scope', 'root')).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
