/**
 * The write toolkit of a versioned record: lock it by id or slug, update it with its version,
 * and the three writes every resource has — create, merge-patch update, delete — each in one
 * transaction with its revisions, its `If-Match` check and its inline citations. A resource
 * describes itself once, as a `RecordSpec` (its fields, its columns, its rules), in its
 * `writes.ts`; everything here is the same for all of them.
 */
import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { prepared } from '../../db/prepared.js';
import type { ClaimColumn } from '../../domain/enums.js';
import { isUuid } from '../../domain/ids.js';
import { diff, mergePatch, type Changes } from '../../domain/merge-patch.js';
import type { AppEnv } from '../../http/context.js';
import { checkIfMatch, etagOf, representationTag } from '../../http/etag.js';
import { runWrite, type RevisionEntry, type WriteResult } from '../../http/run-write.js';
import { parseBody } from '../../http/validation.js';
import { citationDeletions, insertCitations } from '../citations/claims.js';
import type { CitationInput } from '../citations/schemas.js';
import { notFound, RESOURCES, type Resource, type ResourceName } from '../registry.js';
import { assertUnreferenced, type Reference } from './references.js';

/** A stored row of a resource's table. */
export type RowOf<N extends ResourceName> = Resource<N>['table']['$inferSelect'];
/** The columns a resource's table is written with. */
export type ColumnsOf<N extends ResourceName> = Resource<N>['table']['$inferInsert'];

/** A representation as `GET` gives it, and its strong tag (`ETag`, and what `If-Match` compares). */
export interface Represented {
  body: unknown;
  tag: string;
}

/** A representation parsed by its response schema, tagged by a digest of its canonical JSON. */
export function represented<S extends z.ZodType>(schema: S, value: z.input<S>): Represented {
  const body = schema.parse(value);
  return { body, tag: representationTag(body) };
}

/**
 * The fields of a document schema taken from a row (or a document), `null` for those it leaves
 * empty: the `documentOf` and `columnsOf` of a resource whose columns are its fields.
 */
export function fieldsOf<S extends z.ZodObject>(document: S, value: object): z.output<S> {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(document.shape).map((key) => [key, source[key] ?? null])) as z.output<S>;
}

// A resource's table, typed as one with the columns these functions use (topics' id, slug,
// version and updatedAt); the functions themselves are typed by the resource's name.
const tableOf = (name: ResourceName) => RESOURCES[name].table as unknown as typeof RESOURCES.topics.table;

/** Whether a reference names a record by its slug (else by its id). */
const bySlug = (name: ResourceName, ref: string) => RESOURCES[name].slugged && !isUuid(ref);

/**
 * One record by id or (for a resource with slugs) slug, or undefined: a statement prepared once
 * per resource and key (see `prepared`).
 */
export async function findByRef<N extends ResourceName>(db: Db, name: N, ref: string): Promise<RowOf<N> | undefined> {
  const slug = bySlug(name, ref);
  const statementName = `${name}_by_${slug ? 'slug' : 'id'}`;
  const statement = prepared(db, statementName, (d) => {
    const table = tableOf(name);
    return d
      .select()
      .from(table)
      .where(eq(slug ? table.slug : table.id, sql.placeholder('ref')))
      .limit(1)
      .prepare(statementName);
  });
  const [row] = await statement.execute({ ref: slug ? ref : ref.toLowerCase() });
  return row as RowOf<N> | undefined;
}

/** Locks a record for the rest of the transaction, by id or (for a resource with slugs) slug; a 404 if there is none. */
export async function lockByRef<N extends ResourceName>(tx: Db, name: N, ref: string): Promise<RowOf<N>> {
  const table = tableOf(name);
  const [row] = await tx
    .select()
    .from(table)
    .where(bySlug(name, ref) ? eq(table.slug, ref) : eq(table.id, ref.toLowerCase()))
    .for('update');
  if (!row) throw notFound(RESOURCES[name].noun, ref);
  return row as RowOf<N>;
}

/** Writes new column values to a record, one version on, and returns the row as it now is. */
export async function updateVersioned<N extends ResourceName>(tx: Db, name: N, id: string, columns: Partial<ColumnsOf<N>>): Promise<RowOf<N>> {
  const table = tableOf(name);
  const [row] = await tx
    .update(table)
    .set({ ...(columns as object), version: sql`${table.version} + 1`, updatedAt: sql`now()` })
    .where(eq(table.id, id))
    .returning();
  return row as RowOf<N>;
}

/** What a resource says of itself for its writes. `Doc` is its writable fields, as a merge patch sees them. */
export interface RecordSpec<N extends ResourceName, Doc extends Record<string, unknown>> {
  resource: N;
  /** The writable fields, checked again after a merge patch applies. */
  document: z.ZodType<Doc>;
  /**
   * The record's document, as revisions record it. `written` is the document just written,
   * when there is one, for the fields not in the row (an event's topics).
   */
  documentOf(row: RowOf<N>, tx: Db, written?: Doc): Doc | Promise<Doc>;
  /** The columns a document is stored in. */
  columnsOf(doc: Doc): ColumnsOf<N>;
  /** The representation `GET` gives, which writes answer with and `If-Match` compares to. */
  represent(tx: Db, row: RowOf<N>): Represented | Promise<Represented>;
  /** Puts a document in canonical form (sorted ids, say), before it is compared or written. */
  normalize?(doc: Doc): Doc;
  /**
   * Rules beyond the schema: references that must exist, self-links. On a create it sees the
   * body as sent; on an update the merged document, normalized, with `current` and `changes`.
   */
  check?(tx: Db, doc: Doc, update?: { current: RowOf<N>; changes: Changes }): Promise<void>;
  /** Rows besides the record's own (an event's topics), written after it; on an update, `changes` says what changed. */
  afterWrite?(tx: Db, row: RowOf<N>, doc: Doc, changes?: Changes): Promise<void>;
  /** For a claim: the citations' column, so a create takes inline `citations` and a delete records theirs. */
  claim?: ClaimColumn;
  /** What may still refer to a record; a delete is refused while anything does. */
  references?(tx: Db, row: RowOf<N>): Reference[];
  /** Runs first in an update's transaction (a lock a rule needs, say). */
  beforeUpdate?(tx: Db, patch: Record<string, unknown>): Promise<void>;
}

/** Creates a record (with its inline citations, for a claim): 201 with `Location` and `ETag`. */
export async function createRecord<N extends ResourceName, Doc extends Record<string, unknown>>(
  tx: Db,
  spec: RecordSpec<N, Doc>,
  body: Doc & { citations?: CitationInput[] | undefined },
): Promise<WriteResult> {
  const { citations, ...fields } = body;
  // The rules see the body as sent, so that an error points at the index the client gave.
  await spec.check?.(tx, fields as Doc);
  const doc = spec.normalize ? spec.normalize(fields as Doc) : (fields as Doc);
  const [row] = (await tx.insert(tableOf(spec.resource)).values(spec.columnsOf(doc) as never).returning()) as RowOf<N>[];
  const created = row as RowOf<N> & { id: string };
  await spec.afterWrite?.(tx, created, doc);
  const cited = spec.claim ? await insertCitations(tx, { column: spec.claim, id: created.id }, citations) : [];
  const { body: representation, tag } = await spec.represent(tx, created);
  return {
    status: 201,
    body: representation,
    headers: { Location: `/v1/${spec.resource}/${created.id}`, ETag: etagOf(tag) },
    revisions: [
      { resource: spec.resource, resourceId: created.id, action: 'create', version: 1, changes: await spec.documentOf(created, tx, doc) },
      ...cited,
    ],
  };
}

/** Applies a merge patch to a record, after `If-Match`: 200 with the record as it now is. */
export async function updateRecord<N extends ResourceName, Doc extends Record<string, unknown>>(
  c: Context<AppEnv>,
  tx: Db,
  spec: RecordSpec<N, Doc>,
  ref: string,
  patch: Record<string, unknown>,
): Promise<WriteResult> {
  await spec.beforeUpdate?.(tx, patch);
  const current = (await lockByRef(tx, spec.resource, ref)) as RowOf<N> & { id: string };
  await checkIfMatch(c, async () => (await spec.represent(tx, current)).tag);
  const before = await spec.documentOf(current, tx);
  const parsed = parseBody(spec.document, mergePatch(before, patch));
  const after = spec.normalize ? spec.normalize(parsed) : parsed;
  const changes = diff(before, after);
  await spec.check?.(tx, after, { current, changes });
  const changed = Object.keys(changes).length > 0;
  let row = current;
  if (changed) {
    row = (await updateVersioned(tx, spec.resource, current.id, spec.columnsOf(after))) as typeof current;
    await spec.afterWrite?.(tx, row, after, changes);
  }
  const { body, tag } = await spec.represent(tx, row);
  const revisions: RevisionEntry[] = changed
    ? [{ resource: spec.resource, resourceId: row.id, action: 'update', version: (row as { version: number }).version, changes }]
    : [];
  return { status: 200, body, headers: { ETag: etagOf(tag) }, revisions };
}

/** Deletes a record nothing refers to any more, after `If-Match`; a claim's citations go with it. */
export async function deleteRecord<N extends ResourceName, Doc extends Record<string, unknown>>(
  c: Context<AppEnv>,
  tx: Db,
  spec: RecordSpec<N, Doc>,
  ref: string,
): Promise<WriteResult> {
  const current = (await lockByRef(tx, spec.resource, ref)) as RowOf<N> & { id: string; version: number };
  await checkIfMatch(c, async () => (await spec.represent(tx, current)).tag);
  const references = spec.references?.(tx, current);
  if (references) await assertUnreferenced(tx, RESOURCES[spec.resource].noun, references);
  const before = await spec.documentOf(current, tx);
  // A claim's citations cascade with it; the feed records their deletion too.
  const cited = spec.claim ? await citationDeletions(tx, spec.claim, current.id) : [];
  const table = tableOf(spec.resource);
  await tx.delete(table).where(eq(table.id, current.id));
  return {
    status: 204,
    body: null,
    revisions: [{ resource: spec.resource, resourceId: current.id, action: 'delete', version: current.version, changes: before }, ...cited],
  };
}

// ---- Handlers: each runs its write with `runWrite` (one transaction, revisions, idempotency). ----

export function create<N extends ResourceName, Doc extends Record<string, unknown>>(
  c: Context<AppEnv>,
  spec: RecordSpec<N, Doc>,
  body: Doc & { citations?: CitationInput[] | undefined },
) {
  return runWrite(c, body, (tx) => createRecord(tx, spec, body));
}

export function update<N extends ResourceName, Doc extends Record<string, unknown>>(
  c: Context<AppEnv>,
  spec: RecordSpec<N, Doc>,
  ref: string,
  patch: Record<string, unknown>,
) {
  return runWrite(c, patch, (tx) => updateRecord(c, tx, spec, ref, patch));
}

export function remove<N extends ResourceName, Doc extends Record<string, unknown>>(c: Context<AppEnv>, spec: RecordSpec<N, Doc>, ref: string) {
  return runWrite(c, undefined, (tx) => deleteRecord(c, tx, spec, ref));
}
