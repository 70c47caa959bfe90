/** What the tests of claims (memberships, participations, statements, relations) and of citations share. */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { uniqueSlug } from './factories.js';
import type { Harness } from './harness.js';

export const MISSING = '00000000-0000-4000-8000-000000000001';
export const MISSING_SOURCE = '00000000-0000-4000-8000-000000000003';

export const newSource = () => ({ slug: uniqueSlug('src'), kind: 'article', title: { en: 'A report' }, lang: 'en', url: 'https://example.org/report' });
export const inlineCitation = () => ({ source: newSource(), excerpt: 'التقى', excerptLang: 'ar', locator: 'paragraph 1' });

export const pointers = (body: { errors?: { pointer: string }[] }) => (body.errors ?? []).map((e) => e.pointer).sort();

/** Checks against the file's harness and write key, once `beforeAll` has made them. */
export function claimChecks(harness: () => Harness, authorization: () => string) {
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(harness().database.db, query);
  const count = async (table: string) => (await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

  return {
    rows,

    /** The number of rows of every table a write of a claim can touch. */
    counts: async () => Promise.all(['memberships', 'participations', 'statements', 'event_relations', 'citations', 'sources', 'revisions'].map(count)),

    /** Creates through the API and checks that the created resource reads back the same at its Location. */
    async created(path: string, body: Record<string, unknown>) {
      const h = harness();
      const res = await h.http.post(path).set('Authorization', authorization()).send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.headers.location).toBe(`${path}/${res.body.id}`);
      const fetched = await h.http.get(res.headers.location as string);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(res.body);
      expect(fetched.headers.etag).toBe(res.headers.etag);
      return res;
    },

    /** The citations left that back a claim, by the column that names it. */
    async citationsOf(column: string, id: string) {
      return (await rows<{ n: number }>(sql`select count(*)::int as n from citations where ${sql.identifier(column)} = ${id}::uuid`))[0]!.n;
    },

    async deletionRevisions(resource: string, id: string) {
      return (await rows<{ n: number }>(sql`select count(*)::int as n from revisions where resource = ${resource} and resource_id = ${id}::uuid and action = 'delete'`))[0]!.n;
    },

    /** `GET <path>/{id}` answers 400 naming the id for a non-UUID, and 404 for a missing one. */
    async expectItemReadErrors(path: string) {
      const h = harness();
      const bad = await h.http.get(`${path}/not-a-uuid`);
      expect(bad.status).toBe(400);
      expect(pointers(bad.body)).toEqual(['#/path/id']);
      expect((await h.http.get(`${path}/${MISSING}`)).status).toBe(404);
    },
  };
}
