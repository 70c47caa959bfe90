/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row of a page and a digest
 * of the query it belongs to; reused with other filters or another order it is rejected.
 * It grants nothing: it only says where to resume.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ApiError, pointer } from './problem.js';

const VERSION = 1;

const payloadSchema = z.object({
  v: z.literal(VERSION),
  /** The sort key of the last row returned, as the database wrote it. */
  k: z.array(z.string().max(400)).min(1).max(8),
  /** Digest of the query (filters and order) the cursor belongs to. */
  q: z.string().length(16),
});

/** A stable digest of the parameters that define a result set (not `cursor` nor `limit`). */
export function queryDigest(params: Record<string, unknown>): string {
  const canonical = Object.keys(params)
    .filter((key) => key !== 'cursor' && key !== 'limit' && params[key] !== undefined)
    .sort()
    .map((key) => [key, params[key]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 16);
}

export function encodeCursor(key: string[], digest: string): string {
  return Buffer.from(JSON.stringify({ v: VERSION, k: key, q: digest })).toString('base64url');
}

/** A timestamp as the database writes it, or ±infinity: what a date-bound key part may hold. */
export const timestampKeyPart = z.string().regex(/^(-?infinity|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z))$/)
  .refine((v) => v.endsWith('infinity') || !Number.isNaN(Date.parse(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))));
export const uuidKeyPart = z.uuid();

/** Decodes a cursor for a query, or throws a 400 problem saying why it cannot be used. */
export function decodeCursor<T extends [z.ZodType<string>, ...z.ZodType<string>[]]>(
  cursor: string,
  digest: string,
  parts: T,
): { [K in keyof T]: string } {
  const invalid = (detail: string) =>
    new ApiError('invalid_cursor', `The cursor ${detail}.`, { errors: [{ pointer: pointer('query', ['cursor']), detail }] });
  let payload: z.infer<typeof payloadSchema>;
  try {
    const json: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    payload = payloadSchema.parse(json);
  } catch {
    throw invalid('is not a cursor issued by this API; use the nextCursor of a previous page');
  }
  if (payload.q !== digest) {
    throw invalid('belongs to a query with other filters or another order; start again without a cursor');
  }
  const key = z.tuple(parts).safeParse(payload.k);
  if (!key.success) throw invalid('is not a cursor for this list');
  return key.data as { [K in keyof T]: string };
}

/** The URL of the next page: the request's URL with `cursor` replaced. */
export function nextPageUrl(requestUrl: string, cursor: string): string {
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', cursor);
  return url.toString();
}
