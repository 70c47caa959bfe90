/**
 * `Idempotency-Key` on creates: the first outcome is stored with the key for 24 hours, in the
 * write's transaction; a retry with the same key and body replays it, with another body is a
 * 422, and while the first is still running a 409.
 */
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { ApiError, pointer } from './problem.js';

const KEY_RULE = 'must be 1 to 255 visible ASCII characters';

/** What an `Idempotency-Key` may be: the header's schema in the contract, and the check here. */
export const idempotencyKeySchema = z.string().min(1, KEY_RULE).max(255, KEY_RULE).regex(/^[\x21-\x7e]+$/, KEY_RULE);

const TTL_HOURS = 24;
const LOCK_CLASS = 7_311;

/** The stored outcome of a write, replayed as it was. */
export interface StoredOutcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The request's `Idempotency-Key`: only on a POST; an invalid one is a 400. */
export function idempotencyKeyOf(c: Context): string | undefined {
  if (c.req.method !== 'POST') return undefined;
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!idempotencyKeySchema.safeParse(key).success) {
    throw new ApiError('validation_error', 'The Idempotency-Key header is not valid.', {
      errors: [{ pointer: pointer('headers', ['Idempotency-Key']), detail: KEY_RULE }],
    });
  }
  return key;
}

/** What makes two requests the same request: the method, the path and the body. */
export function requestHash(c: Context, body: unknown): string {
  return createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

/** The advisory lock that marks a request with this key as in flight. */
function idempotencyLock(apiKeyId: string, key: string) {
  return sql`pg_try_advisory_xact_lock(${LOCK_CLASS}, hashtext(${`${apiKeyId}:${key}`}))`;
}

/**
 * Takes the key for this transaction and returns the outcome stored for it, if any: a 409 while
 * another request holds the key, a 422 when it was used with another request.
 */
export async function claimKey(tx: Db, apiKeyId: string, key: string, hash: string): Promise<StoredOutcome | undefined> {
  const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select ${idempotencyLock(apiKeyId, key)} as locked`));
  if (!lock?.locked) {
    throw new ApiError('conflict', 'A request with this Idempotency-Key is still being processed; retry when it has finished.');
  }
  const [stored] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, sql`now()`)))
    .limit(1);
  if (!stored) return undefined;
  if (stored.requestHash !== hash) {
    throw new ApiError('unprocessable', 'This Idempotency-Key was used with another request; use a new key for a new request.', {
      errors: [{ pointer: pointer('headers', ['Idempotency-Key']), detail: 'was already used with a different request' }],
    });
  }
  return { status: stored.responseStatus, body: stored.responseBody, headers: stored.responseHeaders };
}

/** Stores a write's outcome under its key, in the write's transaction. */
export async function storeOutcome(
  tx: Db,
  request: { apiKeyId: string; key: string; method: string; path: string; hash: string },
  outcome: StoredOutcome,
): Promise<void> {
  const values = {
    apiKeyId: request.apiKeyId,
    key: request.key,
    method: request.method,
    path: request.path,
    requestHash: request.hash,
    responseStatus: outcome.status,
    responseHeaders: outcome.headers ?? {},
    responseBody: (outcome.body ?? null) as object,
    expiresAt: sql`now() + make_interval(hours => ${TTL_HOURS})` as unknown as string,
  };
  await tx
    .insert(idempotencyKeys)
    .values(values)
    .onConflictDoUpdate({ target: [idempotencyKeys.apiKeyId, idempotencyKeys.key], set: { ...values, createdAt: sql`now()` as unknown as string } });
}
