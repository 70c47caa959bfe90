/**
 * What every write shares: one transaction; the revision it records; `If-Match` preconditions;
 * `Idempotency-Key` replays; and database errors turned into the problems a client can act on.
 */
import { createHash } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { apiKeys, idempotencyKeys, revisions, type RevisionAction } from '../db/schema/index.js';
import type { AppEnv } from './context.js';
import { ApiError, pointer } from './problem.js';

// ---- ETags ----

/** A digest of the bytes of a representation (a string counts as its UTF-8), as an ETag's opaque value. */
export function textTag(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The strong validator of a representation: a digest of its canonical JSON (before labels). */
function representationTag(canonical: unknown): string {
  return textTag(JSON.stringify(canonical));
}

/** An ETag from a tag; labels in other languages make another variant of the same tag. */
export function etagOf(tag: string, languages: readonly string[] = []): string {
  return languages.length ? `"${tag};${languages.join(',')}"` : `"${tag}"`;
}

/** The ETag of a representation; labels in other languages make another variant of the same tag. */
export function etagFor(canonical: unknown, languages: readonly string[] = []): string {
  return etagOf(representationTag(canonical), languages);
}

/** The strong tags `If-Match` names (without language marks); undefined when it is absent or `*`. */
function ifMatchTags(c: Context): string[] | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '*') return undefined;
  return [...header.matchAll(/(W\/)?"([^"]*)"/g)].filter((m) => !m[1]).map((m) => (m[2] as string).split(';')[0] as string);
}

function assertTagMatches(given: string[], tag: string): void {
  if (!given.includes(tag)) {
    throw new ApiError(
      'precondition_failed',
      'The resource has changed since the ETag given in If-Match. Fetch it again, reapply your change, and retry.',
    );
  }
}

/** Checks `If-Match` against the current representation; a mismatch is a 412. */
export function checkIfMatch(c: Context, current: unknown): void {
  const given = ifMatchTags(c);
  if (given) assertTagMatches(given, representationTag(current));
}

/**
 * `checkIfMatch` for a representation known by its tag (see `presentJson`); `tag` is only
 * called when the request has an `If-Match` to compare it with.
 */
export async function checkIfMatchTag(c: Context, tag: () => Promise<string>): Promise<void> {
  const given = ifMatchTags(c);
  if (given) assertTagMatches(given, await tag());
}

// ---- JSON merge patch (RFC 7396) ----

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

// ---- Revisions ----

export interface RevisionEntry {
  resource: string;
  resourceId: string;
  action: RevisionAction;
  version: number;
  changes: Record<string, unknown>;
}

/** The fields whose values differ, as `{ field: { from, to } }`. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}

export async function recordRevisions(tx: Db, apiKeyId: string | undefined, entries: RevisionEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(revisions).values(entries.map((e) => ({ ...e, apiKeyId: apiKeyId ?? null })));
}

// ---- Database errors ----

/** Unique constraints and the request field each one protects. */
const UNIQUE_FIELDS: Record<string, string> = {
  events_slug_key: 'slug',
  actors_slug_key: 'slug',
  places_slug_key: 'slug',
  topics_slug_key: 'slug',
  sources_slug_key: 'slug',
  participations_event_actor_role_key: 'role',
  event_relations_subject_type_object_key: 'type',
  event_topics_pkey: 'topicIds',
};

function pgError(error: unknown): { code?: string; constraint_name?: string; constraint?: string; detail?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as never;
  }
  return undefined;
}

/** Turns a constraint violation into the problem a client can act on; other errors pass through. */
export function writeProblem(error: unknown): unknown {
  const pg = pgError(error);
  if (!pg) return error;
  const constraint = pg.constraint_name ?? pg.constraint ?? '';
  if (pg.code === '23505') {
    const field = UNIQUE_FIELDS[constraint] ?? 'body';
    const detail = field === 'slug' ? 'is already taken' : 'would duplicate an existing record';
    return new ApiError('conflict', `Another record already has this ${field === 'body' ? 'content' : field}.`, {
      errors: [{ pointer: pointer('body', field === 'body' ? [] : [field]), detail }],
    });
  }
  if (pg.code === '40001' || pg.code === '40P01') {
    return new ApiError('conflict', 'The write collided with a concurrent one and was rolled back; retry it.', {
      headers: { 'Retry-After': '1' },
    });
  }
  if (pg.code === '23503') {
    return new ApiError('conflict', 'The record is referenced by others, or refers to one that no longer exists.');
  }
  if (pg.code === '23514' || pg.code === '23502') {
    return new ApiError('unprocessable', 'The record breaks a rule of the data model.', {
      errors: [{ pointer: pointer('body'), detail: `violates ${constraint.replace(/_check$/, '').replace(/_/g, ' ')}` }],
    });
  }
  return error;
}

// ---- Key use ----

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

// ---- Idempotency ----

const IDEMPOTENCY_TTL_HOURS = 24;
const IDEMPOTENCY_LOCK_CLASS = 7_311;

/** The advisory lock that marks a request with this key as in flight. */
export function idempotencyLock(apiKeyId: string, key: string) {
  return sql`pg_try_advisory_xact_lock(${IDEMPOTENCY_LOCK_CLASS}, hashtext(${`${apiKeyId}:${key}`}))`;
}

export interface WriteResult {
  status: ContentfulStatusCode | 204;
  body: unknown;
  headers?: Record<string, string>;
  revisions: RevisionEntry[];
}

function idempotencyKeyOf(c: Context): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiError('validation_error', 'The Idempotency-Key header is not valid.', {
      errors: [{ pointer: pointer('headers', ['Idempotency-Key']), detail: 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  return key;
}

/**
 * Runs a write in one transaction with its revisions and, for a POST with an `Idempotency-Key`,
 * its stored outcome: a retry with the same key and body replays it, with another body is a 422,
 * and while the first is still running a 409.
 */
// The response's type is the route's declared one; route handlers return it as such.
export async function runWrite(c: Context<AppEnv>, body: unknown, write: (tx: Db) => Promise<WriteResult>): Promise<any> {
  const principal = c.get('principal');
  const key = c.req.method === 'POST' ? idempotencyKeyOf(c) : undefined;
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
  let result: WriteResult & { replayed?: boolean };
  try {
    result = await c.get('db').transaction(async (tx) => {
      if (key && principal) {
        const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select ${idempotencyLock(principal.id, key)} as locked`));
        if (!lock?.locked) {
          throw new ApiError('conflict', 'A request with this Idempotency-Key is still being processed; retry when it has finished.');
        }
        const [stored] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.apiKeyId, principal.id), eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, sql`now()`)))
          .limit(1);
        if (stored) {
          if (stored.requestHash !== requestHash) {
            throw new ApiError('unprocessable', 'This Idempotency-Key was used with another request; use a new key for a new request.', {
              errors: [{ pointer: pointer('headers', ['Idempotency-Key']), detail: 'was already used with a different request' }],
            });
          }
          return {
            status: stored.responseStatus as ContentfulStatusCode | 204,
            body: stored.responseBody,
            headers: stored.responseHeaders,
            revisions: [],
            replayed: true,
          };
        }
      }
      const outcome = await write(tx);
      await recordRevisions(tx, principal?.id, outcome.revisions);
      if (key && principal) {
        const values = {
          apiKeyId: principal.id,
          key,
          method: c.req.method,
          path: c.req.path,
          requestHash,
          responseStatus: outcome.status,
          responseHeaders: outcome.headers ?? {},
          responseBody: (outcome.body ?? null) as object,
          expiresAt: sql`now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})` as unknown as string,
        };
        await tx
          .insert(idempotencyKeys)
          .values(values)
          .onConflictDoUpdate({ target: [idempotencyKeys.apiKeyId, idempotencyKeys.key], set: { ...values, createdAt: sql`now()` as unknown as string } });
      }
      return outcome;
    });
  } catch (error) {
    throw writeProblem(error);
  }
  if (principal) noteKeyUse(c.get('db'), principal.id);
  const headers = { ...result.headers, ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
  if (result.status === 204) return c.body(null, 204, headers);
  return c.json(result.body as object, result.status as ContentfulStatusCode, headers);
}
