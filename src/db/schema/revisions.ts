import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { apiKeys } from './api-keys.js';
import { oneOf, timestamptz } from './common.js';

/** Postgres `xid8`: a transaction id that never wraps around. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const REVISION_ACTIONS = ['create', 'update', 'delete'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/**
 * One row per write to any resource: which key, when, and what changed. Written in the same
 * transaction as the change. `txid` orders the change feed: a reader only ever sees changes of
 * transactions older than every transaction still running, so it never skips a late commit.
 */
export const revisions = pgTable(
  'revisions',
  {
    seq: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    txid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
    resource: text().notNull(),
    resourceId: uuid().notNull(),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    /** The resource's version after the write (before it, for a delete). */
    version: integer().notNull(),
    apiKeyId: uuid().references(() => apiKeys.id),
    at: timestamptz().notNull().defaultNow(),
    /** Fields changed, as `{ field: { from, to } }`; the whole resource on create and delete. */
    changes: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index('revisions_resource_idx').on(t.resource, t.resourceId, t.seq),
    index('revisions_feed_idx').on(t.txid, t.seq),
    check('revisions_action_check', oneOf(t.action, REVISION_ACTIONS)),
  ],
);

/**
 * Stored outcomes of POSTs made with an `Idempotency-Key`, per API key, kept 24 hours: a retry
 * with the same key and body replays the stored response.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    apiKeyId: uuid()
      .notNull()
      .references(() => apiKeys.id),
    key: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    requestHash: text().notNull(),
    responseStatus: integer().notNull(),
    responseHeaders: jsonb().$type<Record<string, string>>().notNull(),
    responseBody: jsonb().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.apiKeyId, t.key], name: 'idempotency_keys_pkey' }),
    index('idempotency_keys_expires_at_idx').on(t.expiresAt),
  ],
);
