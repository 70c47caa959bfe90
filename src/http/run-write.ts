/**
 * How every write runs: in one transaction with the revisions it records and, for a POST with an
 * `Idempotency-Key`, its stored outcome; database errors leave as the problems a client can act on.
 */
import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../db/client.js';
import { apiKeys, revisions, type RevisionAction } from '../db/schema/index.js';
import type { ResourceName } from '../resources/registry.js';
import type { AppEnv } from './context.js';
import { constraintProblem } from './database-errors.js';
import { claimKey, idempotencyKeyOf, requestHash, storeOutcome } from './idempotency.js';

/** One write to one record, as the history and the change feed give it. */
export interface RevisionEntry {
  resource: ResourceName;
  resourceId: string;
  action: RevisionAction;
  version: number;
  changes: Record<string, unknown>;
}

export interface WriteResult {
  status: ContentfulStatusCode | 204;
  body: unknown;
  headers?: Record<string, string>;
  revisions: RevisionEntry[];
}

async function recordRevisions(tx: Db, apiKeyId: string | undefined, entries: RevisionEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(revisions).values(entries.map((e) => ({ ...e, apiKeyId: apiKeyId ?? null })));
}

const KEY_USE_INTERVAL_MS = 60_000;
const lastNoted = new Map<string, number>();

/**
 * Records when a key last wrote, at most once a minute per key and outside the write's
 * transaction, so that concurrent writes with one key never queue on its row.
 */
function noteKeyUse(db: Db, keyId: string): void {
  const now = Date.now();
  if (now - (lastNoted.get(keyId) ?? 0) < KEY_USE_INTERVAL_MS) return;
  lastNoted.set(keyId, now);
  if (lastNoted.size > 10_000) lastNoted.clear();
  db.update(apiKeys)
    .set({ lastUsedAt: sql`now()` as unknown as string })
    .where(eq(apiKeys.id, keyId))
    .catch(() => lastNoted.delete(keyId));
}

/**
 * Runs a write in one transaction with its revisions and, for a POST with an `Idempotency-Key`,
 * its stored outcome (see `idempotency.ts`); a replay carries `Idempotent-Replayed: true`.
 */
// The response's type is the route's declared one; route handlers return it as such.
export async function runWrite(c: Context<AppEnv>, body: unknown, write: (tx: Db) => Promise<WriteResult>): Promise<any> {
  const principal = c.get('principal');
  const key = idempotencyKeyOf(c);
  const idempotent = key && principal ? { apiKeyId: principal.id, key, method: c.req.method, path: c.req.path, hash: requestHash(c, body) } : undefined;
  let result: Omit<WriteResult, 'revisions'> & { replayed?: boolean };
  try {
    result = await c.get('db').transaction(async (tx) => {
      if (idempotent) {
        const stored = await claimKey(tx, idempotent.apiKeyId, idempotent.key, idempotent.hash);
        if (stored) return { ...stored, status: stored.status as ContentfulStatusCode | 204, replayed: true };
      }
      const outcome = await write(tx);
      await recordRevisions(tx, principal?.id, outcome.revisions);
      if (idempotent) await storeOutcome(tx, idempotent, outcome);
      return outcome;
    });
  } catch (error) {
    throw constraintProblem(error);
  }
  if (principal) noteKeyUse(c.get('db'), principal.id);
  const headers = { ...result.headers, ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
  if (result.status === 204) return c.body(null, 204, headers);
  return c.json(result.body as object, result.status as ContentfulStatusCode, headers);
}
