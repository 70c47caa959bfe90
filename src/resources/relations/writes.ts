/**
 * Creating, changing and deleting relations between events, with their citations, in one
 * transaction each, recorded as revisions. An event does not relate to itself.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { citationsInput } from '../citations/schemas.js';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { eventRelations, events } from '../../db/schema/index.js';
import { RELATION_TYPES } from '../../domain/enums.js';
import type { AppEnv } from '../../http/context.js';
import { languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { ApiError, pointer } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { citationDeletions } from '../citations/claims.js';
import { assertExist, insertCitations, parseBody } from '../common/writes.js';
import { toRelation, type RelationRow } from './queries.js';
import type * as routes from './routes.js';
import { RelationRecordSchema } from './schemas.js';

const relationFields = {
  subjectId: refInput('The event the relation is read from.'),
  type: z.enum(RELATION_TYPES, { error: `must be one of ${RELATION_TYPES.join(', ')}` }).openapi({
    description: 'How the events relate, read subject → object.',
    example: 'continues',
  }),
  objectId: refInput('The event the relation points at; not the subject.'),
  note: languageMapInput(2_000).nullable().optional().openapi({
    description: 'More on the link (language → text).',
    example: { en: 'The ninth round of the process' },
  }),
};

/** The writable fields of a relation, as a document a merge patch applies to. */
const RelationDocument = z.strictObject(relationFields);

export const RelationCreateSchema = z
  .strictObject({ ...relationFields, citations: citationsInput.optional() })
  .openapi('RelationCreate', {
    description: 'A new relation between two events, with the sources for it.',
    // Two seeded events the article names together (paragraph 2); the seed does not link them.
    example: {
      subjectId: '6d63db14-ec57-526d-ae92-47b7ca8c1608',
      type: 'contemporaneous_with',
      objectId: 'a2a4a43c-68e6-592e-95b8-869db020221d',
      note: { en: 'Both named as milestones of the Syrian file at the time' },
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'في وقت يشهد الملف السوري استحقاقات ابرزها الوضع المعقد في إدلب و الانسحاب الاميركي المبهم',
          excerptLang: 'ar',
          locator: 'paragraph 2',
        },
      ],
    },
  });

export const RelationPatchSchema = z
  .strictObject({
    subjectId: relationFields.subjectId.optional(),
    type: relationFields.type.optional(),
    objectId: relationFields.objectId.optional(),
    note: languageMapPatchInput(2_000).nullable().optional(),
  })
  .openapi('RelationPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `note` merges by language.',
  });

type RelationDoc = z.infer<typeof RelationDocument>;

async function representation(tx: Db, row: RelationRow) {
  return RelationRecordSchema.parse(await toRelation(tx, row));
}

async function lockRelation(tx: Db, id: string): Promise<RelationRow> {
  const [row] = await tx.select().from(eventRelations).where(eq(eventRelations.id, id.toLowerCase())).for('update');
  if (!row) throw new ApiError('not_found', `No relation has the id "${id}".`);
  return row;
}

function documentOf(row: RelationRow): RelationDoc {
  return { subjectId: row.subjectId, type: row.type, objectId: row.objectId, note: row.note ?? null };
}

function columnsOf(doc: RelationDoc) {
  return { subjectId: doc.subjectId, type: doc.type, objectId: doc.objectId, note: doc.note ?? null };
}

async function checkReferences(tx: Db, doc: Pick<RelationDoc, 'subjectId' | 'objectId'>) {
  await assertExist(tx, [
    { table: events, ids: doc.subjectId, path: ['subjectId'], noun: 'event' },
    { table: events, ids: doc.objectId, path: ['objectId'], noun: 'event' },
  ]);
  if (doc.subjectId === doc.objectId) {
    throw new ApiError('unprocessable', 'A relation links two different events; an event does not relate to itself.', {
      errors: [{ pointer: pointer('body', ['objectId']), detail: 'must differ from subjectId' }],
    });
  }
}

export const createRelation: RouteHandler<typeof routes.createRelation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx.insert(eventRelations).values(columnsOf(body)).returning();
    const cited = await insertCitations(tx, { column: 'relationId', id: row!.id }, body.citations);
    const relation = await representation(tx, row!);
    return {
      status: 201,
      body: relation,
      headers: { Location: `/v1/relations/${row!.id}`, ETag: etagFor(relation) },
      revisions: [
        { resource: 'relations', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) },
        ...cited,
      ],
    };
  });
};

export const updateRelation: RouteHandler<typeof routes.updateRelation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockRelation(tx, id);
    checkIfMatch(c, await representation(tx, current));
    const before = documentOf(current);
    const after = parseBody(RelationDocument, mergePatch(before, patch));
    await checkReferences(tx, after);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(eventRelations)
        .set({ ...columnsOf(after), version: sql`${eventRelations.version} + 1`, updatedAt: sql`now()` })
        .where(eq(eventRelations.id, current.id))
        .returning()) as [RelationRow];
    }
    const relation = await representation(tx, row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'relations', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: relation, headers: { ETag: etagFor(relation) }, revisions };
  });
};

export const deleteRelation: RouteHandler<typeof routes.deleteRelation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockRelation(tx, id);
    checkIfMatch(c, await representation(tx, current));
    // Its citations go with it (they cascade); the feed records their deletion too.
    const cited = await citationDeletions(tx, 'relationId', current.id);
    await tx.delete(eventRelations).where(eq(eventRelations.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        {
          resource: 'relations',
          resourceId: current.id,
          action: 'delete',
          version: current.version,
          changes: documentOf(current),
        },
        ...cited,
      ],
    };
  });
};
