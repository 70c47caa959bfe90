import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { requiredIsoFromDb } from '../../db/dates.js';
import { topics } from '../../db/schema/index.js';
import { slugKeyset, type SlugKey } from '../common/lists.js';
import type { Topic } from './schemas.js';

export type TopicRow = typeof topics.$inferSelect;

/** A topic as the API gives it. */
export function toTopic(row: TopicRow): Topic {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description ?? null,
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** A page of topics in slug order (or its reverse), after a keyset position. */
export async function listTopicRows(
  db: Db,
  options: { order: 'asc' | 'desc'; limit: number; after?: SlugKey },
): Promise<{ rows: TopicRow[]; more: boolean }> {
  const { resume, orderBy } = slugKeyset(topics, options.order, options.after);
  const rows = await db
    .select()
    .from(topics)
    .where(resume)
    .orderBy(...orderBy)
    .limit(options.limit + 1);
  return { rows: rows.slice(0, options.limit), more: rows.length > options.limit };
}

/** One topic by id or slug, or undefined. */
export async function findTopicRow(db: Db, key: { id: string } | { slug: string }): Promise<TopicRow | undefined> {
  const [row] = await db
    .select()
    .from(topics)
    .where('id' in key ? eq(topics.id, key.id) : eq(topics.slug, key.slug))
    .limit(1);
  return row;
}
