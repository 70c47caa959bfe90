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
import { DrizzleQueryError, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { postgresClientOf, type Db } from './client.js';

interface Executable {
  execute(values?: Record<string, unknown>): Promise<unknown>;
  getQuery(): { sql: string; params: unknown[] };
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

/** The text of every statement whose rows are read as bytes (the benchmark's replay reads them so, too). */
export const bytesStatementTexts = new Set<string>();

/**
 * Runs a prepared statement (see `prepared`) that selects one text column, and gives each row's
 * value as the UTF-8 bytes Postgres sent. For JSON that Postgres wrote and the API sends on as it
 * came: on postgres.js the rows are read raw, so the text is never decoded into a string, nor
 * encoded again for its ETag digest, its `Content-Length` and the socket, and drizzle's row
 * mapping is skipped (together about a sixth of the node CPU of an event by id). Without a
 * postgres.js client of its own (PGlite, a transaction) the statement runs through drizzle and
 * its text is encoded once; the bytes are the same either way.
 */
export async function preparedBytes<Q extends Executable>(db: Db, statement: Q, values: Record<string, unknown>): Promise<(Buffer | null)[]> {
  const direct = postgresClientOf(db);
  if (!direct) {
    const rows = (await statement.execute(values)) as Record<string, string | null>[];
    return rows.map((row) => {
      const text = Object.values(row)[0];
      return typeof text === 'string' ? Buffer.from(text) : null;
    });
  }
  const query = statement.getQuery();
  bytesStatementTexts.add(query.sql);
  const params = fillPlaceholders(query.params, values);
  direct.onQuery?.(query.sql, params);
  try {
    const rows = await direct.client.unsafe(query.sql, params as postgres.ParameterOrJSON<never>[], { prepare: true }).raw();
    return rows.map((row) => row[0] ?? null);
  } catch (error) {
    throw new DrizzleQueryError(query.sql, params, error as Error);
  }
}
