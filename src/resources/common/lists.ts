/**
 * Helpers shared by the resources: the slug order
 * and its keyset, references resolved by id or slug, and language filters.
 */
import { z } from '@hono/zod-openapi';
import { asc, desc, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { prepared } from '../../db/prepared.js';
import { LANGUAGE_TAG_PATTERN } from '../../domain/language.js';
import { listParam, sortParam } from '../../http/params.js';
import { ApiError, pointer } from '../../http/problem.js';
import { BY_NOUN, type SluggedNoun } from '../registry.js';

export const SLUG_SORTS = ['slug', '-slug'] as const;

/** The `sort` parameter of the resources listed by slug. */
export const slugSortParam = () => sortParam(SLUG_SORTS, 'slug', 'Order by slug, then id.');

/** The order of a `sort=slug|-slug` parameter. */
export const slugOrder = (sort: (typeof SLUG_SORTS)[number]): 'asc' | 'desc' => (sort === 'slug' ? 'asc' : 'desc');

/** The keyset position of a row in slug order, as `pager(query).byText` reads it back. */
export type SlugKey = [slug: string, id: string];

/**
 * Slug order with the id as tie-breaker, over the unique slug index: the `order by` and the
 * condition that resumes after a keyset position.
 */
export function slugKeyset(table: { slug: PgColumn; id: PgColumn }, order: 'asc' | 'desc', after?: SlugKey) {
  const direction = order === 'asc' ? asc : desc;
  const resume = after
    ? order === 'asc'
      ? sql`(${table.slug}, ${table.id}) > (${after[0]}, ${after[1]}::uuid)`
      : sql`(${table.slug}, ${table.id}) < (${after[0]}, ${after[1]}::uuid)`
    : undefined;
  return { resume, orderBy: [direction(table.slug), direction(table.id)] };
}

/** A language-tag list filter (`ar`, `en`, `ar-SY`). */
export function languageFilterParam(meta: { name: string; description: string; example: string[] }) {
  const tag = z.string().max(35).regex(LANGUAGE_TAG_PATTERN, 'must be a language tag such as ar, en or ar-SY');
  return listParam(tag, meta);
}

/** A column in one of these languages or a regional variant of one (`ar` matches `ar-SY`). */
export function languageCondition(column: PgColumn, tags: string[]): SQL | undefined {
  if (tags.length === 0) return undefined;
  return or(inArray(column, tags), ...tags.map((tag) => like(column, `${tag}-%`)));
}

/** The resources a query parameter may name by id or slug, by their noun. */
export type RefNoun = SluggedNoun;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves query parameters that name resources by id or slug, all in one query. An unknown
 * reference is a 400 that names the parameter and the reference.
 */
export async function resolveParamRefs<P extends string>(
  db: Db,
  params: Record<P, { noun: RefNoun; refs: string[] | undefined }>,
): Promise<Partial<Record<P, string[]>>> {
  const wanted: { param: P; noun: RefNoun; refs: string[] }[] = [];
  for (const [param, { noun, refs }] of Object.entries(params) as [P, { noun: RefNoun; refs?: string[] }][]) {
    if (refs?.length) wanted.push({ param, noun, refs });
  }
  if (wanted.length === 0) return {};
  // One prepared statement per combination of parameters (a lookup by key: its plan does not
  // depend on the values), the ids and slugs of each as two arrays.
  const name = `refs_${wanted.map(({ param, noun }) => `${param}_${noun}`).join('_')}`;
  const statement = prepared(db, name, (d) => {
    const parts = wanted.map(({ param, noun }) => {
      const { table } = BY_NOUN[noun];
      return sql`select ${param}::text as param, ${table.id}::text as id, ${table.slug} as slug from ${table}
        where ${table.id} = any(${sql.placeholder(`${param}Ids`)}::uuid[]) or ${table.slug} = any(${sql.placeholder(`${param}Slugs`)}::text[])`;
    });
    return d
      .select({ param: sql<string>`param`, id: sql<string>`id`, slug: sql<string>`slug` })
      .from(sql`(${sql.join(parts, sql` union all `)}) as refs`)
      .prepare(name);
  });
  const values: Record<string, string[]> = {};
  for (const { param, refs } of wanted) {
    values[`${param}Ids`] = refs.filter((r) => UUID_PATTERN.test(r)).map((r) => r.toLowerCase());
    values[`${param}Slugs`] = refs.filter((r) => !UUID_PATTERN.test(r));
  }
  const found = await statement.execute(values);
  const ids: Partial<Record<P, string[]>> = {};
  const unknown: { param: P; noun: RefNoun; ref: string }[] = [];
  for (const { param, noun, refs } of wanted) {
    const resolved: string[] = [];
    for (const ref of refs) {
      const match = found.find((f) => f.param === param && (f.id === ref.toLowerCase() || f.slug === ref));
      if (match) resolved.push(match.id);
      else unknown.push({ param, noun, ref });
    }
    ids[param] = resolved;
  }
  if (unknown.length) {
    const errors = unknown.map(({ param, noun, ref }) => ({
      pointer: pointer('query', [param]),
      detail: `no ${noun} has the id or slug "${ref}"`,
    }));
    const named = unknown.map((u) => `${u.param} "${u.ref}"`).join(', ');
    throw new ApiError('validation_error', `Unknown ${named}.`, { errors });
  }
  return ids;
}
