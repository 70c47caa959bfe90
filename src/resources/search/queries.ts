import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { actorMatch, anyTermQuery, SEARCH_CONFIG, searchRank, textMatch } from '../../db/search.js';
import { REMOVED_MARKS, type ParsedSearch } from '../../domain/search.js';
import type { SearchHit, SearchType } from './schemas.js';

const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=35, MinWords=15, ShortWord=2`;

/**
 * One candidate set per type: its matching rows (off the GIN and trigram indexes), their score,
 * and the language maps a snippet may come from, in order of preference.
 */
function candidates(type: SearchType, search: ParsedSearch): SQL {
  const field = (name: string, map: SQL) => sql`jsonb_build_object('field', ${name}::text, 'map', coalesce(${map}, '{}'::jsonb))`;
  switch (type) {
    case 'event':
      return sql`select 'event'::text as type, e.id, e.slug, e.title, ${searchRank('events', search, 'e')} as score,
        jsonb_build_array(${field('title', sql`e.title`)}, ${field('summary', sql`e.summary`)}) as fields
        from events e where ${textMatch('events', search, 'e')}`;
    case 'actor':
      return sql`select 'actor'::text as type, a.id, a.slug, a.name as title, ${searchRank('actors', search, 'a')} as score,
        jsonb_build_array(${field('name', sql`a.name`)}, ${field('aliases', sql`a.aliases`)}, ${field('description', sql`a.description`)}) as fields
        from actors a where ${actorMatch(search, 'a')}`;
    case 'statement':
      return sql`select 'statement'::text as type, s.id, null::text as slug,
        s.translations || jsonb_build_object(s.original_lang, s.original_text) as title, ${searchRank('statements', search, 's')} as score,
        jsonb_build_array(${field('originalText', sql`jsonb_build_object(s.original_lang, s.original_text)`)}, ${field('translations', sql`s.translations`)}) as fields
        from statements s where ${textMatch('statements', search, 's')}`;
    case 'source':
      return sql`select 'source'::text as type, so.id, so.slug, so.title, ${searchRank('sources', search, 'so')} as score,
        jsonb_build_array(${field('title', sql`so.title`)}, ${field('publisher', sql`so.publisher`)}) as fields
        from sources so where ${textMatch('sources', search, 'so')}`;
  }
}

const PATHS: Record<SearchType, string> = { event: 'events', actor: 'actors', statement: 'statements', source: 'sources' };

interface HitRow {
  type: SearchType;
  id: string;
  slug: string | null;
  title: Record<string, string>;
  score: number;
  score_key: string;
  field: string | null;
  lang: string | null;
  text: string | null;
  normalized: string | null;
  headline: string | null;
}

type Span = { start: number; end: number };

const REMOVED = new RegExp(REMOVED_MARKS.source, 'u');

/** Splits a headline marked with START/STOP into its code points and the spans of the marks, in code points. */
function unmark(headline: string): { points: string[]; marks: Span[] } {
  const marks: Span[] = [];
  const points: string[] = [];
  let open = -1;
  for (const ch of headline) {
    if (ch === START) open = points.length;
    else if (ch === STOP) {
      if (open >= 0 && points.length > open) marks.push({ start: open, end: points.length });
      open = -1;
    } else points.push(ch);
  }
  return { points, marks };
}

/**
 * The snippet in the stored text. The headline is cut from the normalised text (where the
 * matches are found); normalisation maps each code point to one code point, except the marks it
 * removes, so each normalised code point is traced back to its place in the stored text (NFC).
 * Spans end where the next kept character starts, so a highlighted word keeps its tashkeel.
 */
export function snippetOf(stored: string, normalized: string, headline: string): { text: string; highlights: Span[] } | null {
  const original = stored.normalize('NFC');
  const kept: number[] = [];
  for (let i = 0; i < original.length; ) {
    const point = String.fromCodePoint(original.codePointAt(i)!);
    if (!REMOVED.test(point)) kept.push(i);
    i += point.length;
  }
  const normalizedPoints = [...normalized];
  const { points, marks } = unmark(headline);
  if (normalizedPoints.length !== kept.length || points.length === 0) return null;
  const fragment = points.join('');
  const at = normalized.indexOf(fragment);
  if (at < 0) return null;
  const first = [...normalized.slice(0, at)].length;
  const offset = (point: number) => (point < kept.length ? kept[point]! : original.length);
  const start = offset(first);
  const end = offset(first + points.length);
  return {
    text: original.slice(start, end),
    highlights: marks.map((mark) => ({ start: offset(first + mark.start) - start, end: offset(first + mark.end) - start })),
  };
}

/**
 * A page of hits across the requested types, most relevant first (score, then type and id as
 * tie-breakers), with a snippet for each: the first field, in the preferred language when it has
 * one, whose text matches. One statement whatever the page size.
 */
export async function searchPage(
  db: Db,
  options: {
    search: ParsedSearch;
    types: SearchType[];
    limit: number;
    preferredLang: string | null;
    after?: { score: string; type: SearchType; id: string };
  },
): Promise<{ hits: SearchHit[]; more: boolean; lastKey: string[] | undefined }> {
  const { search, after } = options;
  const union = sql.join(
    options.types.map((type) => sql`(${candidates(type, search)})`),
    sql` union all `,
  );
  const resume = after
    ? sql`where h.score < ${after.score}::real or (h.score = ${after.score}::real and (h.type, h.id) > (${after.type}::text, ${after.id}::uuid))`
    : sql``;
  const preferred = options.preferredLang;
  const base = preferred?.split('-')[0] ?? null;
  const rows = await queryRows<HitRow>(
    db,
    sql`with hits as (${union}),
      page as (select * from hits h ${resume} order by h.score desc, h.type, h.id limit ${pageProbe(options.limit)})
      select p.type, p.id, p.slug, p.title, p.score, p.score::text as score_key, m.field, m.lang, m.text,
        search_normalize(m.text) as normalized,
        ts_headline(${SEARCH_CONFIG}, search_normalize(m.text), ${anyTermQuery(search)}, ${HEADLINE_OPTIONS}) as headline
      from page p
      left join lateral (
        select f.value ->> 'field' as field, kv.key as lang, kv.text
        from jsonb_array_elements(p.fields) with ordinality as f(value, ord),
          lateral (
            select e.key, case jsonb_typeof(e.value) when 'array' then (select string_agg(x, ' · ') from jsonb_array_elements_text(e.value) as x) else e.value #>> '{}' end as text
            from jsonb_each(f.value -> 'map') as e
          ) as kv
        where to_tsvector(${SEARCH_CONFIG}, search_normalize(kv.text)) @@ ${anyTermQuery(search)}
        order by f.ord, (kv.key = ${preferred}::text or kv.key = ${base}::text) is true desc, kv.key
        limit 1
      ) m on true
      order by p.score desc, p.type, p.id`,
  );
  const { rows: page, more } = pageOf(rows, options.limit);
  const hits = page.map((row): SearchHit => {
    const cut = row.text !== null && row.normalized !== null && row.headline !== null ? snippetOf(row.text, row.normalized, row.headline) : null;
    const snippet = cut && row.field !== null && row.lang !== null ? { field: row.field, lang: row.lang, ...cut } : null;
    return {
      type: row.type,
      id: row.id,
      slug: row.slug,
      title: row.title,
      score: Number(row.score),
      snippet,
      url: `/v1/${PATHS[row.type]}/${row.slug ?? row.id}`,
    };
  });
  const last = page.at(-1);
  return { hits, more, lastKey: last && [last.score_key, last.type, last.id] };
}
