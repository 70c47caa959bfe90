import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from './helpers/database.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { uniqueSlug } from './helpers/factories.js';
import { createKey } from './helpers/keys.js';

let h: Harness;
let auth: string;
beforeAll(async () => {
  h = await createHarness();
  auth = (await createKey(h.database.db, 'write', 'history tester')).authorization;
});
afterAll(async () => {
  await h?.close();
});

const newEvent = () => ({ slug: uniqueSlug('ev'), kind: 'meeting', status: 'concluded', title: { en: 'A meeting' }, date: '2020-03' });

interface Change {
  seq: string;
  resource: string;
  resourceId: string;
  action: string;
  version: number;
  author: { keyId: string; name: string } | null;
  changes: Record<string, unknown>;
}

/** Reads the whole feed from a cursor on. */
async function drain(since?: string): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = since;
  for (let i = 0; i < 1000; i++) {
    const res = await h.http.get('/v1/changes').query({ limit: 7, ...(cursor ? { since: cursor } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nextCursor).toEqual(expect.any(String));
    changes.push(...res.body.data);
    const done = res.body.data.length === 0;
    cursor = res.body.nextCursor;
    if (done) return { changes, cursor: cursor! };
  }
  throw new Error('the feed does not end');
}

describe('revisions', () => {
  it('records who changed what and when, for create, update and delete', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).send({ kind: 'visit', title: { fr: 'Une réunion' } });
    await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).send({ kind: 'visit' }); // no change, no revision
    const bySlug = await h.http.get(`/v1/events/${created.body.slug}/revisions`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.map((r: Change) => [r.action, r.version])).toEqual([
      ['create', 1],
      ['update', 2],
    ]);
    const [create, update] = bySlug.body.data as Change[];
    expect(create!.author).toMatchObject({ name: 'history tester' });
    expect(create!.changes).toMatchObject({ kind: 'meeting', date: '2020-03' });
    expect(update!.changes).toEqual({
      kind: { from: 'meeting', to: 'visit' },
      title: { from: { en: 'A meeting' }, to: { en: 'A meeting', fr: 'Une réunion' } },
    });
    await h.http.delete(`/v1/events/${created.body.id}`).set('Authorization', auth);
    const afterDelete = await h.http.get(`/v1/events/${created.body.id}/revisions`);
    expect(afterDelete.body.data.map((r: Change) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(afterDelete.body.data[2].changes).toMatchObject({ kind: 'visit' });
  });

  it('pages, and answers 404 and 405 where it should', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    for (const kind of ['visit', 'negotiation', 'conference']) {
      await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).send({ kind });
    }
    const first = await h.http.get(`/v1/events/${created.body.id}/revisions`).query({ limit: 3 });
    expect(first.body.data).toHaveLength(3);
    const second = await h.http.get(`/v1/events/${created.body.id}/revisions`).query({ limit: 3, cursor: first.body.nextCursor });
    expect(second.body.data.map((r: Change) => r.version)).toEqual([4]);
    expect(second.body.nextCursor).toBeNull();
    expect((await h.http.get('/v1/events/no-such-event/revisions')).status).toBe(404);
    const unknown = await h.http.get('/v1/gadgets/00000000-0000-4000-8000-000000000000/revisions');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await h.http.delete(`/v1/actors/${created.body.id}/revisions`).set('Authorization', auth)).status).toBe(405);
  });

  it('is served for every collection, without costing the other routes hono\'s fastest router', async () => {
    for (const resource of ['events', 'actors', 'places', 'topics', 'sources', 'memberships', 'participations', 'statements', 'relations', 'citations']) {
      const res = await h.http.get(`/v1/${resource}/00000000-0000-4000-8000-000000000000/revisions`);
      expect(res.status, resource).toBe(404);
      expect(res.body.detail, resource).toContain(`No revisions of ${resource}`);
    }
    // SmartRouter keeps the first router that holds every route; a path RegExpRouter cannot hold
    // (a parameter beside fixed segments) sends every request through TrieRouter instead.
    expect((h.app.router as unknown as { activeRouter: { name: string } }).activeRouter.name).toBe('RegExpRouter');
  });
});

describe('the change feed', () => {
  it('gives every change once, in order, deletions included, and resumes from a cursor', async () => {
    const { cursor: start } = await drain();
    const a = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    const b = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send({ ...newEvent(), citations: [{ source: { slug: uniqueSlug('src'), kind: 'article', title: { en: 'x' }, lang: 'en' } }] });
    await h.http.patch(`/v1/events/${a.body.id}`).set('Authorization', auth).send({ status: 'ongoing' });
    await h.http.delete(`/v1/events/${b.body.id}`).set('Authorization', auth);
    const { changes, cursor } = await drain(start);
    expect(changes.map((c) => `${c.resource}:${c.action}`)).toEqual([
      'events:create',
      'events:create',
      'sources:create',
      'citations:create',
      'events:update',
      'events:delete',
      'citations:delete',
    ]);
    expect(new Set(changes.map((c) => c.seq)).size).toBe(changes.length);
    expect(changes[0]!.resourceId).toBe(a.body.id);
    // Nothing new since: the same cursor comes back.
    const idle = await h.http.get('/v1/changes').query({ since: cursor });
    expect(idle.body.data).toEqual([]);
    expect(idle.body.nextCursor).toBe(cursor);
    // A later write shows up after the cursor.
    await h.http.patch(`/v1/events/${a.body.id}`).set('Authorization', auth).send({ status: 'concluded' });
    const later = await h.http.get('/v1/changes').query({ since: cursor });
    expect(later.body.data.map((c: Change) => `${c.resource}:${c.action}:${c.resourceId}`)).toEqual([`events:update:${a.body.id}`]);
  });

  it('refuses a cursor that is not its own', async () => {
    const res = await h.http.get('/v1/changes').query({ since: 'garbage' });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('/problems/invalid-cursor');
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('the change feed under concurrent writers', () => {
  it('holds back a change committed while an older transaction is still open, so none is skipped', async () => {
    const { cursor: start } = await drain();
    const side = postgres(h.testDatabase.url!, { max: 1, onnotice: () => {} });
    try {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      let begun!: () => void;
      const inside = new Promise<void>((r) => (begun = r));
      const slow = side.begin(async (tx) => {
        await tx`insert into revisions (resource, resource_id, action, version, changes)
                 values ('events', '00000000-0000-4000-8000-00000000000a', 'update', 9, '{}')`;
        begun();
        await released;
      });
      await inside;
      const quick = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
      expect(quick.status).toBe(201);
      const during = await drain(start);
      expect(during.changes).toEqual([]); // the quick commit waits behind the open, older transaction
      release();
      await slow;
      const after = await drain(start);
      expect(after.changes.map((c) => c.resourceId)).toEqual(['00000000-0000-4000-8000-00000000000a', quick.body.id]);
    } finally {
      await side.end();
    }
  });
});
