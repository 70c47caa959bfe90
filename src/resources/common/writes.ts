/**
 * Write helpers shared by the resources: references that must exist (422), records still
 * referenced (409), inline citations and sources, and request bodies checked after a merge patch.
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { isoFromDb, toDbEarliest, toDbLatest } from '../../db/dates.js';
import { citations, sources } from '../../db/schema/index.js';
import { parseEdtf } from '../../domain/edtf.js';
import type { CitationInput, SourceCreateSchema } from '../../http/inputs.js';
import { ApiError, pointer, type FieldError } from '../../http/problem.js';
import { fieldErrors } from '../../http/router.js';
import type { RevisionEntry } from '../../http/writes.js';

/** Each referenced id must exist: a missing one is a 422 naming the field. */
export async function assertExist(
  tx: Db,
  checks: {
    table: PgTable & { id: PgColumn };
    /** One id (a field) or several (an array field: the pointer then ends with the index). */
    ids: string | null | undefined | string[];
    path: (string | number)[];
    noun: string;
  }[],
): Promise<void> {
  const errors: FieldError[] = [];
  for (const check of checks) {
    const list = Array.isArray(check.ids) ? check.ids : check.ids ? [check.ids] : [];
    if (list.length === 0) continue;
    const found = new Set(
      (await tx.select({ id: check.table.id }).from(check.table as PgTable).where(inArray(check.table.id, [...new Set(list)]))).map(
        (r) => r.id as string,
      ),
    );
    list.forEach((id, index) => {
      if (!found.has(id)) {
        const path = Array.isArray(check.ids) ? [...check.path, index] : check.path;
        errors.push({ pointer: pointer('body', path), detail: `no ${check.noun} has the id ${id}` });
      }
    });
  }
  if (errors.length) throw new ApiError('unprocessable', `The request refers to ${errors.length === 1 ? 'a record that does' : 'records that do'} not exist.`, { errors });
}

/** A record still referenced cannot be deleted: a 409 that says what refers to it. */
export async function assertUnreferenced(tx: Db, noun: string, references: { label: string; count: SQL }[]): Promise<void> {
  if (references.length === 0) return;
  const [row] = rowsOf<Record<string, number>>(
    await tx.execute(sql`select ${sql.join(references.map((r, i) => sql`(${r.count})::int as ${sql.identifier(`n${i}`)}`), sql`, `)}`),
  );
  const found = references.map((r, i) => ({ label: r.label, n: Number(row?.[`n${i}`] ?? 0) })).filter((r) => r.n > 0);
  if (found.length) {
    const list = found.map((r) => `${r.n} ${r.label}${r.n === 1 ? '' : 's'}`).join(', ');
    throw new ApiError('conflict', `This ${noun} is still referenced by ${list}; delete or change those first. Nothing was deleted.`);
  }
}

/** Validates a whole document (e.g. the result of a merge patch) with a request-body schema. */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const errors = fieldErrors('json', parsed.error);
    throw new ApiError('validation_error', `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`, { errors });
  }
  return parsed.data;
}

type SourceDocument = z.infer<typeof SourceCreateSchema>;

/** An instant as the API gives it (ISO 8601 in UTC, milliseconds), so equal instants compare equal. */
export const instant = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The stored columns of a source document: the publication date with its bounds. */
export function sourceColumns(doc: SourceDocument) {
  const published = doc.published ? parseEdtf(doc.published) : undefined;
  return {
    slug: doc.slug,
    kind: doc.kind,
    title: doc.title,
    publisher: doc.publisher ?? null,
    url: doc.url ?? null,
    lang: doc.lang,
    published: published?.edtf ?? null,
    publishedEarliest: published ? toDbEarliest(published.earliest) : null,
    publishedLatest: published ? toDbLatest(published.latest) : null,
    retrievedAt: instant(doc.retrievedAt),
  };
}

/** The writable document of a stored source, as revisions record it. */
export function sourceDocument(row: typeof sources.$inferSelect): SourceDocument {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    publisher: row.publisher ?? null,
    url: row.url ?? null,
    lang: row.lang,
    published: row.published ?? null,
    retrievedAt: isoFromDb(row.retrievedAt),
  };
}

/** Creates a source (inline in a citation, or on its own), with the revision that records it. */
export async function insertSource(
  tx: Db,
  doc: SourceDocument,
): Promise<{ row: typeof sources.$inferSelect; revision: RevisionEntry }> {
  const [row] = await tx.insert(sources).values(sourceColumns(doc)).returning();
  return {
    row: row!,
    revision: { resource: 'sources', resourceId: row!.id, action: 'create', version: 1, changes: sourceDocument(row!) },
  };
}

type ClaimColumn = 'eventId' | 'participationId' | 'membershipId' | 'statementId' | 'relationId';

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
  for (const row of rows) {
    revisions.push({
      resource: 'citations',
      resourceId: row.id,
      action: 'create',
      version: 1,
      changes: { sourceId: row.sourceId, excerpt: row.excerpt, excerptLang: row.excerptLang, locator: row.locator, [claim.column]: claim.id },
    });
  }
  return revisions;
}
