/**
 * Search in SQL. The search columns come from migration 0004, not from the drizzle tables, so
 * that no `select()` ever reads them:
 * - `search_vector` (tsvector, generated) on events, actors, statements and sources, each behind a
 *   GIN index: weighted A for titles, names and quotes, B for summaries, C for descriptions and
 *   publishers;
 * - `actors.search_names` (text, generated): names and aliases, for trigram similarity, behind a
 *   GIN `gin_trgm_ops` index.
 * Indexed text and queries go through the same `search_normalize()`; stored text is untouched.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ParsedSearch } from '../domain/search.js';

export type SearchTable = 'events' | 'actors' | 'statements' | 'sources';

/** The search configuration of every vector and query. */
export const SEARCH_CONFIG = sql.raw(`'timeline_search'::regconfig`);

export const searchVector = (table: SearchTable, alias: string = table): SQL => sql.raw(`"${alias}"."search_vector"`);

/** The query as a tsquery, normalised like the indexed text. */
export const tsQuery = (search: ParsedSearch): SQL => sql`to_tsquery(${SEARCH_CONFIG}, search_normalize(${search.tsquery}))`;

/** The query without its exclusions, for ranking and highlighting. */
export const rankQuery = (search: ParsedSearch): SQL => sql`to_tsquery(${SEARCH_CONFIG}, search_normalize(${search.rankTsquery}))`;

/** Any of the searched terms, for choosing and highlighting a snippet. */
export const anyTermQuery = (search: ParsedSearch): SQL => sql`to_tsquery(${SEARCH_CONFIG}, search_normalize(${search.anyTsquery}))`;

/** The rows whose text matches the query (off the GIN index). */
export function textMatch(table: SearchTable, search: ParsedSearch, alias?: string): SQL {
  return sql`${searchVector(table, alias)} @@ ${tsQuery(search)}`;
}

/**
 * Searched words this short match too many names by similarity (`the`, `US`), so they only
 * match as words.
 */
const MIN_FUZZY_LENGTH = 4;
const fuzzy = (search: ParsedSearch) => [...search.plain].length >= MIN_FUZZY_LENGTH;

/**
 * An actor whose text matches, or one of whose names and aliases is spelled like the searched
 * words (trigram word similarity, `pg_trgm.word_similarity_threshold`, 0.6 by default).
 */
export function actorMatch(search: ParsedSearch, alias = 'actors'): SQL {
  if (!fuzzy(search)) return textMatch('actors', search, alias);
  return sql`(${textMatch('actors', search, alias)} or search_normalize(${search.plain}) <% ${sql.raw(`"${alias}"."search_names"`)})`;
}

/**
 * Relevance: `ts_rank` over the weighted vector (a title match outranks a passing mention in a
 * summary; not normalised by length, so a long summary does not bury a title match); for actors plus the word similarity of the searched
 * words to their closest name or alias, so the exact name outranks a fuzzy one.
 */
export function searchRank(table: SearchTable, search: ParsedSearch, alias: string = table): SQL {
  const text = sql`ts_rank(${searchVector(table, alias)}, ${rankQuery(search)})`;
  if (table !== 'actors' || !fuzzy(search)) return sql`(${text})::real`;
  return sql`(${text} + word_similarity(search_normalize(${search.plain}), ${sql.raw(`"${alias}"."search_names"`)}))::real`;
}
