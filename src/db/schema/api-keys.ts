import { sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamptz } from './common.js';

export const API_KEY_SCOPES = ['read', 'write', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * API keys for writes. The key itself is shown once, when created; only its SHA-256 hash is
 * stored. `prefix` (the key's first characters) identifies it in lists and logs.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text().notNull(),
    scope: text({ enum: API_KEY_SCOPES }).notNull(),
    prefix: text().notNull(),
    hash: text().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    /** When the key last made a write. */
    lastUsedAt: timestamptz(),
    revokedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('api_keys_hash_key').on(t.hash),
    check('api_keys_scope_check', oneOf(t.scope, API_KEY_SCOPES)),
    check('api_keys_name_check', sql`length(${t.name}) between 1 and 200`),
  ],
);
