/**
 * Writes the synthetic dataset: streamed `COPY … FROM STDIN` through postgres.js for large loads,
 * or drizzle multi-row inserts (small loads, PGlite). Either way each table is written in a
 * transaction of its own, so a failure leaves that table without any of this run's rows and is
 * reported with the table's name and what was already loaded. COPY loads finish with
 * `VACUUM (ANALYZE)`, insert loads with `ANALYZE`.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql as drizzleSql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type postgres from 'postgres';
import type { Db } from '../../src/db/client.js';
import { generateDataset, type GenerateOptions, type Row, type SyntheticTable, type TableName } from './generate.js';

export interface TableLoad {
  table: TableName;
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface LoadResult {
  tables: TableLoad[];
  rows: number;
  /** Wall time of the whole load, the final `VACUUM (ANALYZE)` or `ANALYZE` included. */
  ms: number;
  analyzeMs: number;
}

export interface LoadProgress {
  table: TableName;
  rows: number;
  ms: number;
  done: boolean;
}

export interface LoadOptions extends GenerateOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Report progress every this many rows of a table (default 250,000). */
  progressEvery?: number;
  /** Rows per INSERT statement (inserts only; default 500). */
  batchSize?: number;
}

export class SyntheticLoadError extends Error {
  override name = 'SyntheticLoadError';
}

const COPY_CHUNK_CHARS = 1 << 16;

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: `\N` for NULL, JSON for objects, with \, tab, CR and LF escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
    text = String(value);
  } else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (value instanceof Date) text = value.toISOString();
  else text = JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string) : text;
}

/** One row in COPY's text format, newline included. */
export function copyLine(row: Row, columns: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + copyValue(row[columns[i] as string]);
  return line + '\n';
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableStats(table: TableName, rows: number, ms: number): TableLoad {
  return { table, rows, ms, rowsPerSecond: ms > 0 ? Math.round((rows * 1000) / ms) : rows };
}

function failure(table: TableName, rows: number, loaded: TableLoad[], how: string, cause: unknown): SyntheticLoadError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const before = loaded.length
    ? `Tables already loaded by this run: ${loaded.map((t) => `${t.table} (${t.rows})`).join(', ')}.`
    : 'No table had been loaded yet.';
  return new SyntheticLoadError(
    `Loading "${table}" failed after ${rows} rows were sent: ${reason}. The ${how} was rolled back, so "${table}" ` +
      `holds none of this run's rows. ${before} Empty the domain tables (--truncate) before loading again.`,
    { cause },
  );
}

/** Emits progress every `every` rows and once at the end. */
function progressReporter(options: LoadOptions, table: TableName, started: number) {
  const every = options.progressEvery ?? 250_000;
  let next = every;
  return {
    tick(rows: number) {
      if (rows >= next) {
        next += every;
        options.onProgress?.({ table, rows, ms: performance.now() - started, done: false });
      }
    },
    done(rows: number) {
      options.onProgress?.({ table, rows, ms: performance.now() - started, done: true });
    },
  };
}

function* copyChunks(table: SyntheticTable, counter: { rows: number }, tick: (rows: number) => void) {
  let chunk = '';
  for (const row of table.rows()) {
    chunk += copyLine(row, table.columns);
    counter.rows++;
    if (chunk.length >= COPY_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
      tick(counter.rows);
    }
  }
  if (chunk) yield chunk;
}

/**
 * Streams one table through `COPY`. postgres.js resolves the query with the stream and drops a
 * server error that arrives after the last chunk (a constraint checked at the end of the
 * statement), leaving the pipeline pending forever; the query's rejection is caught here and
 * raced against the pipeline.
 */
async function copyTable(tx: postgres.TransactionSql, table: SyntheticTable, chunks: Iterable<string>): Promise<void> {
  const columns = table.columns.map((c) => quoteIdent(toSnakeCase(c))).join(', ');
  const query = tx.unsafe(`copy ${quoteIdent(table.name)} (${columns}) from stdin`);
  const internal = query as unknown as { reject: (error: unknown) => void };
  const failed = new Promise<never>((_, reject) => {
    const original = internal.reject;
    internal.reject = (error) => {
      reject(error);
      original(error);
    };
  });
  failed.catch(() => {});
  const writable = await query.writable();
  const copying = pipeline(Readable.from(chunks), writable);
  copying.catch(() => {});
  await Promise.race([copying, failed]);
}

/**
 * Loads a dataset generated from `options` with one `COPY` per table, each in its own
 * transaction (without a statement timeout). `sql` may be a pool. `VACUUM (ANALYZE)` runs at the
 * end: besides the statistics, it sets the visibility map and hint bits as autovacuum would for
 * data at rest, so that index-only scans work and the first reads do not write every page.
 */
export async function loadWithCopy(sql: postgres.Sql, options: LoadOptions): Promise<LoadResult> {
  const dataset = generateDataset(options);
  const started = performance.now();
  const loaded: TableLoad[] = [];
  for (const table of dataset.tables) {
    const tableStarted = performance.now();
    const progress = progressReporter(options, table.name, tableStarted);
    const counter = { rows: 0 };
    try {
      await sql.begin(async (tx) => {
        await tx`set local statement_timeout = 0`;
        await tx`set local synchronous_commit = off`;
        await copyTable(tx, table, copyChunks(table, counter, (rows) => progress.tick(rows)));
      });
    } catch (error) {
      throw failure(table.name, counter.rows, loaded, 'COPY', error);
    }
    progress.done(counter.rows);
    loaded.push(tableStats(table.name, counter.rows, performance.now() - tableStarted));
  }
  const analyzeStarted = performance.now();
  await sql.unsafe(`vacuum (analyze) ${dataset.tables.map((t) => quoteIdent(t.name)).join(', ')}`);
  const analyzeMs = performance.now() - analyzeStarted;
  return { tables: loaded, rows: loaded.reduce((n, t) => n + t.rows, 0), ms: performance.now() - started, analyzeMs };
}

/**
 * Loads a dataset generated from `options` with drizzle multi-row inserts of `batchSize` rows,
 * one transaction per table; works on Postgres and PGlite alike. `ANALYZE` runs at the end.
 */
export async function loadWithInserts(db: Db, options: LoadOptions): Promise<LoadResult> {
  const dataset = generateDataset(options);
  const batchSize = options.batchSize ?? 500;
  const started = performance.now();
  const loaded: TableLoad[] = [];
  for (const table of dataset.tables) {
    const tableStarted = performance.now();
    const progress = progressReporter(options, table.name, tableStarted);
    let sent = 0;
    try {
      await db.transaction(async (tx) => {
        let batch: Row[] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          // The rows were built as the table's `$inferInsert` type.
          await tx.insert(table.table).values(batch as never);
          sent += batch.length;
          batch = [];
          progress.tick(sent);
        };
        for (const row of table.rows()) {
          batch.push(row);
          if (batch.length >= batchSize) await flush();
        }
        await flush();
      });
    } catch (error) {
      throw failure(table.name, sent, loaded, 'transaction', error);
    }
    progress.done(sent);
    loaded.push(tableStats(table.name, sent, performance.now() - tableStarted));
  }
  const analyzeStarted = performance.now();
  await db.execute(drizzleSql.raw(`analyze ${dataset.tables.map((t) => quoteIdent(t.name)).join(', ')}`));
  const analyzeMs = performance.now() - analyzeStarted;
  return { tables: loaded, rows: loaded.reduce((n, t) => n + t.rows, 0), ms: performance.now() - started, analyzeMs };
}
