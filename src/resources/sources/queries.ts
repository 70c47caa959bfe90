import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { edtfDate, isoFromDb, requiredIsoFromDb } from '../../db/dates.js';
import { sources } from '../../db/schema/index.js';
import type { SourceKind } from '../../domain/enums.js';
import { languageCondition, slugKeyset, type SlugKey } from '../common/lists.js';
import type { Source } from './schemas.js';

export type SourceRow = typeof sources.$inferSelect;

/** A source as the API gives it. */
export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    publisher: row.publisher ?? null,
    url: row.url ?? null,
    lang: row.lang,
    published: edtfDate(row.published),
    retrievedAt: isoFromDb(row.retrievedAt),
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** A page of sources in slug order (or its reverse), after a keyset position. */
export async function listSourceRows(
  db: Db,
  options: { kinds?: SourceKind[]; langs?: string[]; order: 'asc' | 'desc'; limit: number; after?: SlugKey },
): Promise<{ rows: SourceRow[]; more: boolean }> {
  const { resume, orderBy } = slugKeyset(sources, options.order, options.after);
  const rows = await db
    .select()
    .from(sources)
    .where(
      and(
        options.kinds?.length ? inArray(sources.kind, options.kinds) : undefined,
        options.langs?.length ? languageCondition(sources.lang, options.langs) : undefined,
        resume,
      ),
    )
    .orderBy(...orderBy)
    .limit(pageProbe(options.limit));
  return pageOf(rows, options.limit);
}
