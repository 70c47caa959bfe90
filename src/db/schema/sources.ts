import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { SOURCE_KINDS } from '../../domain/enums.js';
import { auditColumns, id, isJsonObject, isLanguageTag, languageMap, oneOf, timestamptz } from './common.js';

/**
 * A document that backs claims: an article, communiqué or transcript. The URL, when there is
 * one, is http(s) only; the server never fetches it.
 */
export const sources = pgTable(
  'sources',
  {
    id: id(),
    slug: text().notNull(),
    kind: text({ enum: SOURCE_KINDS }).notNull(),
    title: languageMap().notNull(),
    publisher: languageMap(),
    url: text(),
    lang: text().notNull(),
    /** EDTF publication date; may be vague. */
    published: text(),
    publishedEarliest: timestamptz(),
    publishedLatest: timestamptz(),
    retrievedAt: timestamptz(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('sources_slug_key').on(t.slug),
    index('sources_kind_idx').on(t.kind, t.slug, t.id),
    index('sources_lang_idx').on(t.lang, t.slug, t.id),
    check('sources_kind_check', oneOf(t.kind, SOURCE_KINDS)),
    check('sources_title_check', isJsonObject(t.title)),
    check('sources_publisher_check', isJsonObject(t.publisher)),
    check('sources_url_check', sql`${t.url} ~ '^https?://[^[:space:]]+$'`),
    check('sources_lang_check', isLanguageTag(t.lang)),
    check(
      'sources_published_check',
      sql`(${t.published} is null) = (${t.publishedEarliest} is null) and (${t.published} is null) = (${t.publishedLatest} is null)`,
    ),
  ],
);
