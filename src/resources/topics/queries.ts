import type { Db } from '../../db/client.js';
import { pageOf, pageProbe } from '../../db/paging.js';
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
    .limit(pageProbe(options.limit));
  return pageOf(rows, options.limit);
}
