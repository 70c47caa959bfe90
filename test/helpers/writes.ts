/** Shared checks of write behaviour that every resource has. */
import { expect } from 'vitest';
import { uniqueSlug } from './factories.js';
import type { Harness } from './harness.js';

/**
 * POSTs a body twice with one Idempotency-Key, and checks the retry replays the first response.
 * Returns both responses and the key, for checks of the resource's own.
 */
export async function expectIdempotentReplay(h: Harness, authorization: string, path: string, body: object) {
  const key = uniqueSlug('idem');
  const first = await h.http.post(path).set('Authorization', authorization).set('Idempotency-Key', key).send(body);
  const retry = await h.http.post(path).set('Authorization', authorization).set('Idempotency-Key', key).send(body);
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  expect(retry.status).toBe(201);
  expect(retry.body).toEqual(first.body);
  expect(retry.headers.location).toBe(first.headers.location);
  expect(retry.headers['idempotent-replayed']).toBe('true');
  return { first, retry, key };
}
