/**
 * Keyset pages: a page query asks for one row more than the page holds, so that the page knows
 * whether another follows without counting.
 */

/** How many rows a page query asks for: the page, and one more to tell whether another follows. */
export const pageProbe = (limit: number): number => limit + 1;

/** The page's rows and whether more follow, from rows read with `pageProbe(limit)`. */
export function pageOf<T>(rows: readonly T[], limit: number): { rows: T[]; more: boolean } {
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
