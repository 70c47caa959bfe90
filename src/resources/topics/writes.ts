/**
 * Creating, changing and deleting topics, each in one transaction, recorded as revisions.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { eventTopics, topics } from '../../db/schema/index.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { languageMapInput, slugInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { assertUnreferenced, parseBody } from '../common/writes.js';
import { toTopic, type TopicRow } from './queries.js';
import type * as routes from './routes.js';
import { TopicSchema } from './schemas.js';

const topicFields = {
  slug: slugInput.openapi({ example: 'astana-process' }),
  name: languageMapInput(500),
  description: languageMapInput(5_000).nullable().optional(),
};

/** The writable fields of a topic, as a document a merge patch applies to. */
const TopicDocument = z.strictObject(topicFields);

export const TopicCreateSchema = z
  .strictObject(topicFields)
  .openapi('TopicCreate', {
    description: 'A new topic: a thread events belong to.',
    // A topic the article names (paragraph 6) that the seed does not have, so the example creates it.
    example: {
      slug: 'syria-political-settlement',
      name: { ar: 'التسوية السياسية في سوريا', en: 'Political settlement in Syria' },
    },
  });

export const TopicPatchSchema = z
  .strictObject({
    slug: topicFields.slug.optional(),
    name: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the name; `null` removes a language.' }),
    description: z.record(z.string(), z.string().nullable()).nullable().optional(),
  })
  .openapi('TopicPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

/** The representation `GET /v1/topics/{id}` gives, which writes answer with and `If-Match` compares to. */
function representation(row: TopicRow) {
  return TopicSchema.parse(toTopic(row));
}

async function lockTopic(tx: Db, ref: string): Promise<TopicRow> {
  const [row] = await tx
    .select()
    .from(topics)
    .where(isUuid(ref) ? eq(topics.id, ref.toLowerCase()) : eq(topics.slug, ref))
    .for('update');
  if (!row) throw new ApiError('not_found', `No topic has the id or slug "${ref}".`);
  return row;
}

function documentOf(row: TopicRow): z.infer<typeof TopicDocument> {
  return { slug: row.slug, name: row.name, description: row.description ?? null };
}

export const createTopic: RouteHandler<typeof routes.createTopic, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    const [row] = await tx
      .insert(topics)
      .values({ slug: body.slug, name: body.name, description: body.description ?? null })
      .returning();
    const topic = representation(row!);
    return {
      status: 201,
      body: topic,
      headers: { Location: `/v1/topics/${row!.id}`, ETag: etagFor(topic) },
      revisions: [{ resource: 'topics', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) }],
    };
  });
};

export const updateTopic: RouteHandler<typeof routes.updateTopic, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockTopic(tx, id);
    checkIfMatch(c, representation(current));
    const before = documentOf(current);
    const after = parseBody(TopicDocument, mergePatch(before, patch));
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(topics)
        .set({
          slug: after.slug,
          name: after.name,
          description: after.description ?? null,
          version: sql`${topics.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(topics.id, current.id))
        .returning()) as [TopicRow];
    }
    const topic = representation(row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'topics', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: topic, headers: { ETag: etagFor(topic) }, revisions };
  });
};

export const deleteTopic: RouteHandler<typeof routes.deleteTopic, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockTopic(tx, id);
    checkIfMatch(c, representation(current));
    await assertUnreferenced(tx, 'topic', [
      {
        label: 'event',
        count: tx.select({ n: count() }).from(eventTopics).where(eq(eventTopics.topicId, current.id)).getSQL(),
      },
    ]);
    const before = documentOf(current);
    await tx.delete(topics).where(eq(topics.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        { resource: 'topics', resourceId: current.id, action: 'delete', version: current.version, changes: before },
      ],
    };
  });
};
