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
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

interface Executable {
  execute(values?: Record<string, unknown>): Promise<unknown>;
  getQuery(): { sql: string };
}

const byDatabase = new WeakMap<Db, Map<string, Executable>>();

/** The text of every statement prepared so far (the benchmark replays these prepared, too). */
export const preparedStatementTexts = new Set<string>();

/**
 * The statement `name` of this database handle, built by `build` on first use. `build` must
 * give the same statement every time: its values come as `sql.placeholder`s at execution.
 */
export function prepared<Q extends Executable>(db: Db, name: string, build: (db: Db) => Q): Q {
  let statements = byDatabase.get(db);
  if (!statements) byDatabase.set(db, (statements = new Map()));
  let statement = statements.get(name) as Q | undefined;
  if (!statement) {
    statement = build(db);
    statements.set(name, statement);
    preparedStatementTexts.add(statement.getQuery().sql);
  }
  return statement;
}

/** `column = any($ids::uuid[])`: one parameter for any number of ids, so one statement text. */
export function anyUuid(column: AnyPgColumn | SQL, placeholder: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholder)}::uuid[])`;
}
