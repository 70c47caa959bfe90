/**
 * Statements built once and then only executed. Building a query with drizzle (walking the
 * builder, mapping column names, flattening the SQL) costs more CPU than sending it, so the
 * statements every read sends (the batch loaders, an item by id) are built on first use with
 * placeholders and kept per database handle. They are also prepared on the server: Postgres
 * parses them once per connection, and postgres.js skips the round trip that describes an
 * unnamed statement's parameters.
 *
 * Only statements whose best plan does not depend on the values belong here: lookups by a list
 * of ids or slugs (`= any($1::uuid[])`) or by one key, and a timeline page without filters (its
 * position only moves where the index scan starts; its row limit is written into the text). A
 * filter over skewed data (a busy actor, a large topic) keeps a statement planned for its
 * values, since a generic plan can be many times slower.
 *
 * Being bounded, these are also the lookups that run on the lookup pool (see `openPostgres`):
 * each is built on that pool's drizzle handle.
 */
import { DrizzleQueryError, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { postgresClientOf, rowsOf, type Db, type QueryObserver } from './client.js';

interface Executable {
  execute(values?: Record<string, unknown>): Promise<unknown>;
  getQuery(): { sql: string; params: unknown[] };
}

const byDatabase = new WeakMap<Db, Map<string, Executable>>();

/** The text of every statement prepared so far (the benchmark replays these prepared, too). */
export const preparedStatementTexts = new Set<string>();

/**
 * The statement `name` of this database handle, built by `build` on first use. `build` must
 * give the same statement every time: its values come as `sql.placeholder`s at execution. On
 * Postgres, `build` is given the lookup pool's handle, so the statement runs on that pool; in a
 * transaction, or on PGlite, the handle it was asked for.
 */
export function prepared<Q extends Executable>(db: Db, name: string, build: (db: Db) => Q): Q {
  let statements = byDatabase.get(db);
  if (!statements) byDatabase.set(db, (statements = new Map()));
  let statement = statements.get(name) as Q | undefined;
  if (!statement) {
    statement = build(postgresClientOf(db)?.lookupDb ?? db);
    statements.set(name, statement);
    preparedStatementTexts.add(statement.getQuery().sql);
  }
  return statement;
}

/** `column = any($ids::uuid[])`: one parameter for any number of ids, so one statement text. */
export function anyUuid(column: AnyPgColumn | SQL, placeholder: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholder)}::uuid[])`;
}

/** A row as the bytes Postgres sent: one Buffer per column, in the order selected; null for SQL NULL. */
export type BytesRow = (Buffer | null)[];

/**
 * The rows of a prepared statement (see `prepared`) as the bytes Postgres sent, from the lookup
 * pool. For JSON that Postgres wrote and the API sends on as it came: on postgres.js the rows are
 * read raw, so the text is never decoded into a string, nor encoded again for its ETag digest,
 * its `Content-Length` and the socket, and drizzle's row mapping is skipped (a sixth of the node
 * CPU of an event by id, a third of a timeline page's). Without a postgres.js client of its own
 * (PGlite, a transaction) the statement runs through drizzle and each text is encoded once; the
 * bytes are the same either way. The query observer is told (`read = 'bytes'`), so that the
 * benchmark's replay reads them the same way.
 */
export async function preparedBytes(db: Db, statement: Executable, values: Record<string, unknown>): Promise<BytesRow[]> {
  const direct = postgresClientOf(db);
  if (!direct) return asBytes(await statement.execute(values));
  const query = statement.getQuery();
  return sendForBytes(direct.lookups, direct.onQuery, query.sql, fillPlaceholders(query.params, values), true);
}

/** `preparedBytes` for a statement planned for its values, sent unprepared (as `db.execute` sends it). */
export async function queryBytes(db: Db, query: SQL): Promise<BytesRow[]> {
  const direct = postgresClientOf(db);
  if (!direct) return asBytes(await db.execute(query));
  const { sql: text, params } = direct.dialect.sqlToQuery(query);
  return sendForBytes(direct.client, direct.onQuery, text, params, false);
}

async function sendForBytes(
  pool: postgres.Sql,
  onQuery: QueryObserver | undefined,
  text: string,
  params: unknown[],
  prepare: boolean,
): Promise<BytesRow[]> {
  onQuery?.(text, params, 'bytes');
  try {
    return await pool.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare }).raw();
  } catch (error) {
    throw new DrizzleQueryError(text, params, error as Error);
  }
}

/** Rows drizzle gave (objects whose values are in the order selected, or PGlite's `{ rows }`) as bytes. */
function asBytes(result: unknown): BytesRow[] {
  return rowsOf<Record<string, unknown>>(result).map((row) =>
    Object.values(row).map((value) => (value === null || value === undefined ? null : Buffer.from(typeof value === 'string' ? value : String(value)))),
  );
}
