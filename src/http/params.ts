/**
 * Query parameters shared across resources: comma-separated lists, references by id or slug,
 * EDTF/ISO date bounds, sorting and expansion from allow-lists, and languages.
 */
import { z } from '@hono/zod-openapi';
import { EdtfError, parseEdtf } from '../domain/edtf.js';
import { ID_OR_SLUG_PATTERN } from '../domain/ids.js';
import { LANGUAGE_TAG_PATTERN } from '../domain/language.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseSearch, SearchSyntaxError } from '../domain/search.js';

export const MAX_LIST_ITEMS = 20;

/** `a,b` or `?x=a&x=b` → `['a', 'b']`: trimmed, without empties or repeats. */
function splitList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(parts)];
}

/** A comma-separated list parameter (it may also be repeated), of at most `max` items. */
export function listParam<T extends z.ZodType<string>>(
  item: T,
  meta: { name: string; description: string; example: string[] },
  max = MAX_LIST_ITEMS,
) {
  return z
    .preprocess(
      splitList,
      z.array(item).min(1, 'must name at least one value').max(max, `must name at most ${max} values`),
    )
    .optional()
    .openapi({
      param: { name: meta.name, in: 'query', style: 'form', explode: false },
      description: `${meta.description} Comma-separated (or repeated) for several; any of them matches.`,
      example: meta.example,
    });
}

/** A UUID or a slug. */
export const refSchema = z
  .string()
  .max(200, 'is too long')
  .regex(ID_OR_SLUG_PATTERN, 'must be a UUID or a slug');

export function refListParam(meta: { name: string; description: string; example: string[] }, max = MAX_LIST_ITEMS) {
  return listParam(refSchema, meta, max);
}

/** A date bound given as EDTF (`2019`, `2019-01`, `2019-01-15`) or an ISO 8601 instant. */
export const dateBoundSchema = z
  .string()
  .max(64, 'is too long')
  .transform((value, ctx) => {
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
      ? Date.parse(value)
      : Number.NaN;
    if (!Number.isNaN(instant)) return { earliest: new Date(instant), latest: new Date(instant) };
    try {
      const parsed = parseEdtf(value);
      return { earliest: parsed.earliest, latest: parsed.latest };
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: error instanceof EdtfError ? error.message : 'is not a date',
      });
      return z.NEVER;
    }
  });

/** A `sort` parameter over an allow-list, `-` for descending. */
export function sortParam<const T extends readonly [string, ...string[]]>(keys: T, fallback: T[number], description: string) {
  return z
    .enum(keys, { error: `must be one of ${keys.join(', ')}` })
    .default(fallback as never)
    .openapi({
      param: { name: 'sort', in: 'query' },
      description: `${description} One of ${keys.map((k) => `\`${k}\``).join(', ')}; a leading \`-\` sorts descending. Default \`${fallback}\`.`,
      example: fallback,
    });
}

/** `expand` over an allow-list of related resources to embed. */
export function expandParam<const T extends readonly [string, ...string[]]>(values: T, description: string, example: T[number][]) {
  return z
    .preprocess(splitList, z.array(z.enum(values, { error: `must be one of ${values.join(', ')}` })).max(values.length))
    .optional()
    .openapi({
      param: { name: 'expand', in: 'query', style: 'form', explode: false },
      description: `${description} Comma-separated; any of ${values.map((v) => `\`${v}\``).join(', ')}.`,
      example,
    });
}

export const langParam = z
  .preprocess(
    splitList,
    z
      .array(z.string().max(35).regex(LANGUAGE_TAG_PATTERN, 'must be a language tag such as ar, en or ar-SY'))
      .min(1)
      .max(10, 'must name at most 10 languages'),
  )
  .optional()
  .openapi({
    param: { name: 'lang', in: 'query', style: 'form', explode: false },
    description:
      'Preferred languages, most preferred first (overrides `Accept-Language`). Adds `label` and `labelLang` — the resolved text of each `title`, `name` or `role` — following the fallback order: each preferred language, then its base language (`ar-SY` → `ar`), then English, then Arabic, then any.',
    example: ['ar'],
  });

/** Shared query fragments. */
export const languageQuery = { lang: langParam };

const searchSchema = z
  .string()
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .transform((value, ctx) => {
    try {
      return parseSearch(value);
    } catch (error) {
      if (!(error instanceof SearchSyntaxError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

export const SEARCH_SYNTAX_DOC =
  'Words match in any inflection, in Arabic with or without hamzas, diacritics or tatweel; `"a phrase"` matches the words in order; `const*` matches words starting with `const`; `a OR b` matches either; `-word` excludes. Punctuation is ignored.';

function searchDoc(description: string, extra = ''): string {
  return `${description} ${SEARCH_SYNTAX_DOC}${extra} At most ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_TERMS} terms.`;
}

/** `q`: a web-search style query over the resource's text. */
export function searchParam(meta: { description: string; example: string }) {
  return searchSchema.openapi({ param: { name: 'q', in: 'query' }, description: searchDoc(meta.description), example: meta.example });
}

/** `q` as an optional filter of a list: only the items matching it, in the list's own order. */
export function searchFilterParam(meta: { description: string; example: string }) {
  return searchSchema.optional().openapi({
    param: { name: 'q', in: 'query' },
    description: searchDoc(meta.description, ' The list keeps its order; `/v1/search` ranks by relevance.'),
    example: meta.example,
  });
}
