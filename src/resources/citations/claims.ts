/**
 * What the writes of claims share: EDTF dates as stored columns, a claim's inline citations
 * (creating their sources first), and the citations that go with a deleted claim.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { toDbEarliest, toDbLatest } from '../../db/dates.js';
import { citations, sources } from '../../db/schema/index.js';
import { parseEdtf } from '../../domain/edtf.js';
import { CLAIM_COLUMNS, type ClaimColumn } from '../../domain/enums.js';
import type { RevisionEntry } from '../../http/run-write.js';
import { assertExist } from '../common/references.js';
import { insertSource } from '../sources/columns.js';
import type { CitationInput } from './schemas.js';

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

/**
 * Writes a claim's citations — creating inline sources first — and returns their revisions.
 * A missing source is a 422 naming `citations/<n>/sourceId`.
 */
export async function insertCitations(
  tx: Db,
  claim: { column: ClaimColumn; id: string },
  inputs: CitationInput[] | undefined,
  path: (string | number)[] = ['citations'],
): Promise<RevisionEntry[]> {
  if (!inputs?.length) return [];
  const revisions: RevisionEntry[] = [];
  await assertExist(tx, [
    ...inputs.flatMap((c, i) => (c.sourceId ? [{ table: sources, ids: c.sourceId, path: [...path, i, 'sourceId'], noun: 'source' }] : [])),
  ]);
  const sourceIds: string[] = [];
  for (const input of inputs) {
    if (input.sourceId) {
      sourceIds.push(input.sourceId);
      continue;
    }
    const created = await insertSource(tx, input.source!);
    sourceIds.push(created.row.id);
    revisions.push(created.revision);
  }
  const rows = await tx
    .insert(citations)
    .values(
      inputs.map((c, i) => ({
        sourceId: sourceIds[i] as string,
        excerpt: c.excerpt ?? null,
        excerptLang: c.excerptLang ?? null,
        locator: c.locator ?? null,
        [claim.column]: claim.id,
      })),
    )
    .returning();
  for (const row of rows) revisions.push({ resource: 'citations', resourceId: row.id, action: 'create', version: 1, changes: citationChanges(row) });
  return revisions;
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
