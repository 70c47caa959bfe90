/**
 * Creating, changing and deleting sources, each in one transaction, recorded as revisions.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { citations, sources } from '../../db/schema/index.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { SourceCreateSchema } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { assertUnreferenced, insertSource, instant, parseBody, sourceColumns, sourceDocument } from '../common/writes.js';
import { toSource, type SourceRow } from './queries.js';
import type * as routes from './routes.js';
import { SourceSchema } from './schemas.js';

export const SourcePatchSchema = z
  .strictObject({
    slug: SourceCreateSchema.shape.slug.optional(),
    kind: SourceCreateSchema.shape.kind.optional(),
    title: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the title; `null` removes a language.' }),
    publisher: z.record(z.string(), z.string().nullable()).nullable().optional(),
    url: SourceCreateSchema.shape.url,
    lang: SourceCreateSchema.shape.lang.optional(),
    published: SourceCreateSchema.shape.published,
    retrievedAt: SourceCreateSchema.shape.retrievedAt,
  })
  .openapi('SourcePatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

/** The representation `GET /v1/sources/{id}` gives, which writes answer with and `If-Match` compares to. */
function representation(row: SourceRow) {
  return SourceSchema.parse(toSource(row));
}

async function lockSource(tx: Db, ref: string): Promise<SourceRow> {
  const [row] = await tx
    .select()
    .from(sources)
    .where(isUuid(ref) ? eq(sources.id, ref.toLowerCase()) : eq(sources.slug, ref))
    .for('update');
  if (!row) throw new ApiError('not_found', `No source has the id or slug "${ref}".`);
  return row;
}

export const createSource: RouteHandler<typeof routes.createSource, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    const { row, revision } = await insertSource(tx, body);
    const source = representation(row);
    return {
      status: 201,
      body: source,
      headers: { Location: `/v1/sources/${row.id}`, ETag: etagFor(source) },
      revisions: [revision],
    };
  });
};

export const updateSource: RouteHandler<typeof routes.updateSource, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockSource(tx, id);
    checkIfMatch(c, representation(current));
    const before = sourceDocument(current);
    const after = parseBody(SourceCreateSchema, mergePatch(before, patch));
    after.retrievedAt = instant(after.retrievedAt);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(sources)
        .set({ ...sourceColumns(after), version: sql`${sources.version} + 1`, updatedAt: sql`now()` })
        .where(eq(sources.id, current.id))
        .returning()) as [SourceRow];
    }
    const source = representation(row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'sources', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: source, headers: { ETag: etagFor(source) }, revisions };
  });
};

export const deleteSource: RouteHandler<typeof routes.deleteSource, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockSource(tx, id);
    checkIfMatch(c, representation(current));
    await assertUnreferenced(tx, 'source', [
      {
        label: 'citation',
        count: tx.select({ n: count() }).from(citations).where(eq(citations.sourceId, current.id)).getSQL(),
      },
    ]);
    const before = sourceDocument(current);
    await tx.delete(sources).where(eq(sources.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        { resource: 'sources', resourceId: current.id, action: 'delete', version: current.version, changes: before },
      ],
    };
  });
};
