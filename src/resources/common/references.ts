/**
 * Rules between records that writes check: references that must exist (422), and records that
 * cannot be deleted while others still refer to them (409).
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { ApiError, pointer, type FieldError } from '../../http/problem.js';

/** Each referenced id must exist: a missing one is a 422 naming the field. */
export async function assertExist(
  tx: Db,
  checks: {
    table: PgTable & { id: PgColumn };
    /** One id (a field) or several (an array field: the pointer then ends with the index). */
    ids: string | null | undefined | string[];
    path: (string | number)[];
    noun: string;
  }[],
): Promise<void> {
  const errors: FieldError[] = [];
  for (const check of checks) {
    const list = Array.isArray(check.ids) ? check.ids : check.ids ? [check.ids] : [];
    if (list.length === 0) continue;
    const found = new Set(
      (await tx.select({ id: check.table.id }).from(check.table as PgTable).where(inArray(check.table.id, [...new Set(list)]))).map(
        (r) => r.id as string,
      ),
    );
    list.forEach((id, index) => {
      if (!found.has(id)) {
        const path = Array.isArray(check.ids) ? [...check.path, index] : check.path;
        errors.push({ pointer: pointer('body', path), detail: `no ${check.noun} has the id ${id}` });
      }
    });
  }
  if (errors.length) throw new ApiError('unprocessable', `The request refers to ${errors.length === 1 ? 'a record that does' : 'records that do'} not exist.`, { errors });
}

/** What may still refer to a record: a label, and a query that counts the referring rows. */
export interface Reference {
  label: string;
  count: SQL;
}

/** A record still referenced cannot be deleted: a 409 that says what refers to it. */
export async function assertUnreferenced(tx: Db, noun: string, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const [row] = rowsOf<Record<string, number>>(
    await tx.execute(sql`select ${sql.join(references.map((r, i) => sql`(${r.count})::int as ${sql.identifier(`n${i}`)}`), sql`, `)}`),
  );
  const found = references.map((r, i) => ({ label: r.label, n: Number(row?.[`n${i}`] ?? 0) })).filter((r) => r.n > 0);
  if (found.length) {
    const list = found.map((r) => `${r.n} ${r.label}${r.n === 1 ? '' : 's'}`).join(', ');
    throw new ApiError('conflict', `This ${noun} is still referenced by ${list}; delete or change those first. Nothing was deleted.`);
  }
}

/** A self-link is refused: a 422 pointing at the field that repeats the other. */
export function assertDifferent(a: string, b: string, field: string, other: string, detail: string): void {
  if (a === b) {
    throw new ApiError('unprocessable', detail, { errors: [{ pointer: pointer('body', [field]), detail: `must differ from ${other}` }] });
  }
}
