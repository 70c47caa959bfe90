import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { toDbEarliest, toDbLatest } from '../../db/dates.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { actors, statements } from '../../db/schema/index.js';
import { textMatch } from '../../db/search.js';
import type { StatementKind } from '../../domain/enums.js';
import type { ParsedSearch } from '../../domain/search.js';
import { statementColumns, toStatements } from '../common/loaders.js';
import type { Statement } from '../common/schemas.js';
import { languageCondition } from '../common/lists.js';

/** The sort key of a statement in date order: its bounds (±infinity when undated), then its id. */
export type StatementKey = [earliest: string, latest: string, id: string];

/** Filters over statements, with every reference already resolved to ids. */
export interface StatementFilters {
  speakerIds?: string[];
  eventIds?: string[];
  kinds?: StatementKind[];
  originalLangs?: string[];
  /** A date window; a statement matches when its bounds can overlap it (or, strictly, lie inside it). */
  window?: { from: Date | null; to: Date | null; strict: boolean };
  /** A search over the original text and translations. */
  search?: ParsedSearch;
}

/** The SQL conditions of a set of filters over `statements`. */
export function statementConditions(filters: StatementFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.speakerIds?.length) conditions.push(inArray(statements.speakerId, filters.speakerIds));
  if (filters.eventIds?.length) conditions.push(inArray(statements.eventId, filters.eventIds));
  if (filters.kinds?.length) conditions.push(inArray(statements.kind, filters.kinds));
  if (filters.search) conditions.push(textMatch('statements', filters.search));
  if (filters.originalLangs?.length) conditions.push(languageCondition(statements.originalLang, filters.originalLangs));
  const w = filters.window;
  if (w && (w.from || w.to)) {
    const from = toDbEarliest(w.from);
    const to = toDbLatest(w.to);
    // The statement's bounds overlap the window, or strictly lie inside it.
    conditions.push(
      w.strict
        ? sql`${statements.earliest} >= ${from}::timestamptz and ${statements.latest} <= ${to}::timestamptz`
        : sql`${statements.earliest} <= ${to}::timestamptz and ${statements.latest} >= ${from}::timestamptz`,
    );
  }
  const defined = conditions.filter((c): c is SQL => c !== undefined);
  return defined.length ? and(...defined) : undefined;
}

/** A page of statements in date order (or its reverse), with speakers and citations: two queries. */
export async function listStatementsPage(
  db: Db,
  options: { filters: StatementFilters; order: 'asc' | 'desc'; limit: number; after?: StatementKey },
): Promise<{ items: Statement[]; keys: StatementKey[]; more: boolean }> {
  const { after, order } = options;
  const position = after && sql`(${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`;
  const key = sql`(${statements.earliest}, ${statements.latest}, ${statements.id})`;
  const keyset = position ? (order === 'asc' ? sql`${key} > ${position}` : sql`${key} < ${position}`) : undefined;
  const direction = order === 'asc' ? asc : desc;
  const rows = await db
    .select(statementColumns)
    .from(statements)
    .innerJoin(actors, eq(actors.id, statements.speakerId))
    .where(and(statementConditions(options.filters), keyset))
    .orderBy(direction(statements.earliest), direction(statements.latest), direction(statements.id))
    .limit(pageProbe(options.limit));
  const page = pageOf(rows, options.limit);
  return {
    items: await toStatements(db, page.rows),
    keys: page.rows.map((r): StatementKey => [r.earliest, r.latest, r.id]),
    more: page.more,
  };
}

/** One statement with its speaker and citations, or undefined. */
export async function findStatement(db: Db, id: string): Promise<Statement | undefined> {
  const rows = await db
    .select(statementColumns)
    .from(statements)
    .innerJoin(actors, eq(actors.id, statements.speakerId))
    .where(eq(statements.id, id))
    .limit(1);
  const [statement] = await toStatements(db, rows);
  return statement;
}
