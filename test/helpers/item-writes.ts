/**
 * The write behaviour every item of a writable collection shares: `If-Match` on PATCH and DELETE,
 * a delete that the revisions and the change feed record, and POST retries made safe by an
 * `Idempotency-Key`. `describeItemWrites` registers one test of each for a collection.
 */
import { describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { expectIdempotentReplay } from './writes.js';

type Body = Record<string, unknown>;

export interface ItemWritesOptions {
  /** The collection, as `/v1/<resource>`. */
  path: string;
  /** The file's harness, once `beforeAll` has made it. */
  harness: () => Harness;
  /** The `Authorization` of a key with the write scope, once `beforeAll` has made it. */
  authorization: () => string;
  /** A valid body for a POST that creates a new item, with fresh data on every call. */
  newBody: (h: Harness) => Body | Promise<Body>;
  /** A merge patch that changes a newly created item; the patched item holds its fields. */
  patch: Body;
  /** Another change than `patch`, sent with an ETag the item no longer has: it must not be applied. */
  stalePatch: Body;
}

interface Item {
  id: string;
  body: Body;
  etag: string;
}

interface Change {
  seq: string;
  resource: string;
  resourceId: string;
  action: string;
  version: number;
  changes: Record<string, unknown>;
}

/** Reads the change feed from a cursor (or the start) to its end. */
async function readFeed(h: Harness, since?: string): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = since;
  for (let page = 0; page < 1000; page++) {
    const res = await h.http.get('/v1/changes').query({ limit: 100, ...(cursor ? { since: cursor } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    changes.push(...res.body.data);
    cursor = res.body.nextCursor as string;
    if (res.body.data.length === 0) return { changes, cursor };
  }
  throw new Error('the change feed does not end');
}

/**
 * Reads the feed after `since` until it shows a change of `id` with `action`. The feed holds a
 * change back while an older transaction of the server is still open, so it can come a moment
 * after the write that made it; after 10 s the changes read so far are returned.
 */
async function feedUntil(h: Harness, since: string, id: string, action: string): Promise<Change[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { changes } = await readFeed(h, since);
    const own = changes.filter((c) => c.resourceId === id);
    if (own.some((c) => c.action === action) || Date.now() > deadline) return own;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function describeItemWrites(options: ItemWritesOptions) {
  const { path, patch, stalePatch } = options;
  const resource = path.split('/').at(-1)!;

  const create = async () => {
    const h = options.harness();
    const res = await h.http.post(path).set('Authorization', options.authorization()).send(await options.newBody(h));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.etag).toEqual(expect.any(String));
    return { id: res.body.id as string, body: res.body as Body, etag: res.headers.etag as string } satisfies Item;
  };
  /** Slugged items are written by slug, the others by id. */
  const itemPath = (item: Item) => `${path}/${(item.body.slug as string | undefined) ?? item.id}`;
  const revisionsOf = async (id: string): Promise<Change[]> => {
    const res = await options.harness().http.get(`${path}/${id}/revisions`).query({ limit: 100 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data;
  };
  /** The item reads back as `item` holds it, ETag included. */
  const expectCurrent = async (item: Item) => {
    const current = await options.harness().http.get(`${path}/${item.id}`);
    expect(current.status).toBe(200);
    expect(current.body).toEqual(item.body);
    expect(current.headers.etag).toBe(item.etag);
  };
  const expectPreconditionFailed = (res: { status: number; headers: Record<string, string> }) => {
    expect(res.status).toBe(412);
    expect(res.headers['content-type']).toBe('application/problem+json');
  };

  describe(`item writes of ${path}`, () => {
    it('refuses a PATCH or DELETE whose If-Match names another ETag (412), changing nothing', async () => {
      const { http } = options.harness();
      const auth = options.authorization();
      const item = await create();
      const other = await create();
      for (const ifMatch of [other.etag, '"0000"']) {
        expectPreconditionFailed(await http.patch(itemPath(item)).set('Authorization', auth).set('If-Match', ifMatch).send(patch));
        expectPreconditionFailed(await http.delete(itemPath(item)).set('Authorization', auth).set('If-Match', ifMatch));
      }
      await expectCurrent(item);
      expect((await revisionsOf(item.id)).map((r) => r.action)).toEqual(['create']);
    });

    it('applies a PATCH whose If-Match is the current ETag; the ETag it replaced is then stale (412)', async () => {
      const { http } = options.harness();
      const auth = options.authorization();
      const item = await create();
      const res = await http.patch(itemPath(item)).set('Authorization', auth).set('If-Match', item.etag).send(patch);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.id).toBe(item.id);
      expect(res.body).toMatchObject(patch);
      expect(res.headers.etag).toEqual(expect.any(String));
      expect(res.headers.etag).not.toBe(item.etag);
      const after: Item = { id: item.id, body: res.body, etag: res.headers.etag as string };
      await expectCurrent(after);
      expect((await revisionsOf(item.id)).map((r) => [r.action, r.version])).toEqual([['create', 1], ['update', 2]]);
      expectPreconditionFailed(await http.patch(itemPath(after)).set('Authorization', auth).set('If-Match', item.etag).send(stalePatch));
      expectPreconditionFailed(await http.delete(itemPath(after)).set('Authorization', auth).set('If-Match', item.etag));
      await expectCurrent(after);
      expect(await revisionsOf(item.id)).toHaveLength(2);
    });

    it('deletes, with the current If-Match or none; the revisions and the change feed record it, then GET is 404', async () => {
      const h = options.harness();
      const auth = options.authorization();
      const items = [await create(), await create(), await create()];
      const { cursor } = await readFeed(h);
      const [byAddress, byId, unconditional] = items as [Item, Item, Item];
      for (const [target, ifMatch] of [
        [itemPath(byAddress), byAddress.etag],
        [`${path}/${byId.id}`, byId.etag],
        [itemPath(unconditional), undefined],
      ] as const) {
        const request = h.http.delete(target).set('Authorization', auth);
        const res = await (ifMatch ? request.set('If-Match', ifMatch) : request);
        expect(res.status, JSON.stringify(res.body)).toBe(204);
      }
      for (const item of items) {
        for (const address of new Set([`${path}/${item.id}`, itemPath(item)])) {
          expect((await h.http.get(address)).status).toBe(404);
          expect((await h.http.delete(address).set('Authorization', auth)).status).toBe(404);
          expect((await h.http.patch(address).set('Authorization', auth).send(patch)).status).toBe(404);
        }
        const revisions = await revisionsOf(item.id);
        expect(revisions.map((r) => [r.action, r.version])).toEqual([['create', 1], ['delete', 1]]);
        expect(revisions[1]!.changes).toEqual(revisions[0]!.changes);
        const feed = await feedUntil(h, cursor, item.id, 'delete');
        expect(feed.filter((c) => c.action === 'delete')).toEqual([revisions[1]]);
        expect(feed.at(-1)).toEqual(revisions[1]);
        expect(feed.every((c) => c.resource === resource)).toBe(true);
      }
    });

    it('replays a POST retried with the same Idempotency-Key, creating the item once', async () => {
      const h = options.harness();
      const { first } = await expectIdempotentReplay(h, options.authorization(), path, await options.newBody(h));
      expect(first.headers.location).toBe(`${path}/${first.body.id}`);
      const fetched = await h.http.get(first.headers.location as string);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(first.body);
      expect((await revisionsOf(first.body.id)).map((r) => r.action)).toEqual(['create']);
    });

    it('refuses an Idempotency-Key used again with another body (422), creating nothing', async () => {
      const h = options.harness();
      const auth = options.authorization();
      const { first, key } = await expectIdempotentReplay(h, auth, path, await options.newBody(h));
      const { cursor } = await readFeed(h);
      const other = await h.http.post(path).set('Authorization', auth).set('Idempotency-Key', key).send(await options.newBody(h));
      expect(other.status).toBe(422);
      expect(other.headers['content-type']).toBe('application/problem+json');
      expect(other.body.errors[0].pointer).toBe('#/headers/Idempotency-Key');
      const since = (await readFeed(h, cursor)).changes.filter((c) => c.resourceId !== first.body.id);
      expect(since).toEqual([]);
      expect((await h.http.get(first.headers.location as string)).body).toEqual(first.body);
    });
  });
}
