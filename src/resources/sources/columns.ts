/**
 * A source document as stored and as revisions record it; shared by the writes of sources and
 * by citations that create their source inline.
 */
import type { Db } from '../../db/client.js';
import { isoFromDb, toDbEarliest, toDbLatest } from '../../db/dates.js';
import { sources } from '../../db/schema/index.js';
import { parseEdtf } from '../../domain/edtf.js';
import type { RevisionEntry } from '../../http/run-write.js';
import type { SourceDocument } from './schemas.js';

export type { SourceRow } from './queries.js';
import type { SourceRow } from './queries.js';

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
export function sourceDocument(row: SourceRow): SourceDocument {
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

/** Creates a source inline (in a citation), with the revision that records it. */
export async function insertSource(tx: Db, doc: SourceDocument): Promise<{ row: SourceRow; revision: RevisionEntry }> {
  const [row] = await tx.insert(sources).values(sourceColumns(doc)).returning();
  return {
    row: row!,
    revision: { resource: 'sources', resourceId: row!.id, action: 'create', version: 1, changes: sourceDocument(row!) },
  };
}
