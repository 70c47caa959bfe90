import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTimelineClient, type TimelineClient } from '../clients/typescript/index.js';
import { createHarness, type Harness } from './helpers/harness.js';

let h: Harness;
let api: TimelineClient;
beforeAll(async () => {
  h = await createHarness();
  api = createTimelineClient(h.baseUrl);
});
afterAll(async () => {
  await h?.close();
});

describe('the generated TypeScript client', () => {
  it('reads the timeline with typed, comma-separated filters', async () => {
    const { data, error, response } = await api.GET('/v1/timeline', {
      params: { query: { coalition: ['small-group'], kind: ['statement', 'dispute'], lang: ['en'] } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    const slugs = data!.data.map((e) => e.slug).sort();
    expect(slugs).toEqual(['constitutional-committee-dispute', 'ryabkov-statement-small-group']);
    expect(data!.data[0]!.labelLang).toBe('en');
  });

  it('gets an event with its participants, typed down to the actor', async () => {
    const { data } = await api.GET('/v1/events/{id}', { params: { path: { id: 'moscow-consultations-2019' } } });
    const roles = data!.participants!.map((p) => `${p.actor.slug}:${p.role}`).sort();
    expect(roles).toEqual(['alexander-lavrentiev:attendee', 'hossein-jaberi-ansari:visitor', 'sergei-vershinin:host']);
  });

  it('follows cursors to the end', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await api.GET('/v1/events', { params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } } });
      seen.push(...data!.data.map((e) => e.id));
      cursor = data!.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('returns problems as typed errors', async () => {
    const { data, error, response } = await api.GET('/v1/actors/{id}', { params: { path: { id: 'no-such-actor' } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(error).toMatchObject({ status: 404, type: '/problems/not-found' });
    const invalid = await api.GET('/v1/timeline', { params: { query: { limit: 1000 } } });
    expect(invalid.error?.errors?.[0]?.pointer).toBe('#/query/limit');
  });
});
