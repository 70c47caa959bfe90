/**
 * What the writes of claims share: request bodies (language maps a merge patch can change by
 * language, ids), EDTF dates as stored columns, and the citations that go with a deleted claim.
 */
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { toDbEarliest, toDbLatest } from '../../db/dates.js';
import { citations } from '../../db/schema/index.js';
import { parseEdtf } from '../../domain/edtf.js';
import { uuidInput } from '../../http/inputs.js';
import type { RevisionEntry } from '../../http/writes.js';

/** The column of `citations` that points at each kind of claim. */
export type ClaimColumn = 'eventId' | 'participationId' | 'membershipId' | 'statementId' | 'relationId';
export const CLAIM_COLUMNS = [
  'eventId',
  'participationId',
  'membershipId',
  'statementId',
  'relationId',
] as const satisfies readonly ClaimColumn[];

/** A UUID referring to another record, documented with an example. */
export const refInput = (description: string, example = '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11') =>
  uuidInput.openapi({ description, example });

/** A language map in a merge patch: each language given replaces that language, `null` removes it. */
/** The bounds of an optional EDTF date, `±infinity` when absent. */
export function boundsOf(edtf: string | null | undefined): { earliest: string; latest: string } {
  const parsed = edtf ? parseEdtf(edtf) : undefined;
  return { earliest: toDbEarliest(parsed?.earliest ?? null), latest: toDbLatest(parsed?.latest ?? null) };
}

/** A citation row as its revisions record it. */
export function citationChanges(row: typeof citations.$inferSelect): Record<string, unknown> {
  const claim = CLAIM_COLUMNS.find((column) => row[column] !== null);
  return {
    sourceId: row.sourceId,
    excerpt: row.excerpt,
    excerptLang: row.excerptLang,
    locator: row.locator,
    ...(claim ? { [claim]: row[claim] } : {}),
  };
}

/** The deletions of a claim's citations, read before the claim is deleted (they cascade with it). */
export async function citationDeletions(tx: Db, column: ClaimColumn, id: string): Promise<RevisionEntry[]> {
  const rows = await tx.select().from(citations).where(eq(citations[column], id));
  return rows.map((row) => ({
    resource: 'citations',
    resourceId: row.id,
    action: 'delete',
    version: row.version,
    changes: citationChanges(row),
  }));
}

/** A path parameter holding the UUID of a record that has no slug. */
export const uuidParams = (noun: string, example: string) =>
  z.object({
    id: z.uuid('must be a UUID').openapi({
      param: { name: 'id', in: 'path' },
      description: `The ${noun} id (UUID); ${noun}s have no slug.`,
      example,
    }),
  });
