import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import {
  actors,
  citations,
  eventRelations,
  events,
  memberships,
  participations,
  statements,
} from '../../db/schema/index.js';
import type { LanguageMap } from '../../domain/language.js';
import { loadCitations, type CitationWithClaim } from '../common/loaders.js';
import { CLAIM_TYPES, type ClaimType } from '../common/schemas.js';

/** One citation with its source and the claim it backs, or undefined. */
export async function findCitation(db: Db, id: string): Promise<CitationWithClaim | undefined> {
  const found = await loadCitations(db, {}, eq(citations.id, id));
  return [...found.values()].flat()[0];
}

/** The position of an uncited claim in its list: by kind of claim (in `CLAIM_TYPES` order), then id. */
export type UncitedKey = [type: ClaimType, id: string];

/**
 * For each kind of claim: its rows that no citation backs, with the language map that names
 * the claim (as JSON text, the same from every driver). The anti-joins use the partial indexes
 * on each claim column of `citations`.
 */
const UNCITED: Record<ClaimType, (after: SQL, limit: number) => SQL> = {
  event: (after, limit) => sql`select e.id, e.title::text as text from ${events} e
    where not exists (select 1 from ${citations} c where c.event_id = e.id) ${after}
    order by e.id limit ${limit}`,
  participation: (after, limit) => sql`select p.id, a.name::text as text from ${participations} p
    join ${actors} a on a.id = p.actor_id
    where not exists (select 1 from ${citations} c where c.participation_id = p.id) ${after}
    order by p.id limit ${limit}`,
  membership: (after, limit) => sql`select m.id, a.name::text as text from ${memberships} m
    join ${actors} a on a.id = m.member_id
    where not exists (select 1 from ${citations} c where c.membership_id = m.id) ${after}
    order by m.id limit ${limit}`,
  statement: (after, limit) => sql`select s.id,
      (s.translations || jsonb_build_object(s.original_lang, s.original_text))::text as text
    from ${statements} s
    where not exists (select 1 from ${citations} c where c.statement_id = s.id) ${after}
    order by s.id limit ${limit}`,
  relation: (after, limit) => sql`select r.id, e.title::text as text from ${eventRelations} r
    join ${events} e on e.id = r.subject_id
    where not exists (select 1 from ${citations} c where c.relation_id = r.id) ${after}
    order by r.id limit ${limit}`,
};

const ALIASES: Record<ClaimType, string> = {
  event: 'e',
  participation: 'p',
  membership: 'm',
  statement: 's',
  relation: 'r',
};

/** A page of the claims no citation backs, in one query whatever the page size. */
export async function listUncitedClaimsPage(
  db: Db,
  options: { types?: ClaimType[]; limit: number; after?: UncitedKey },
): Promise<{ items: { type: ClaimType; id: string; text: LanguageMap }[]; more: boolean }> {
  const { after, limit } = options;
  const rank = (type: ClaimType) => CLAIM_TYPES.indexOf(type);
  const wanted = CLAIM_TYPES.filter((type) => !options.types?.length || options.types.includes(type)).filter(
    (type) => !after || rank(type) >= rank(after[0]),
  );
  if (wanted.length === 0) return { items: [], more: false };
  const branches = wanted.map((type) => {
    const resume = after && type === after[0] ? sql`and ${sql.raw(ALIASES[type])}.id > ${after[1]}::uuid` : sql``;
    const branch = UNCITED[type](resume, pageProbe(limit));
    return sql`select ${rank(type)}::int as rank, id, text from (${branch}) ${sql.raw(`${ALIASES[type]}_page`)}`;
  });
  const rows = rowsOf<{ rank: number; id: string; text: string }>(
    await db.execute(sql`${sql.join(branches, sql` union all `)} order by rank, id limit ${pageProbe(limit)}`),
  );
  const page = pageOf(rows, limit);
  return {
    items: page.rows.map((r) => ({
      type: CLAIM_TYPES[Number(r.rank)] as ClaimType,
      id: r.id,
      text: JSON.parse(r.text) as LanguageMap,
    })),
    more: page.more,
  };
}
