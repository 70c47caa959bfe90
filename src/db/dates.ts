/**
 * Dates between the domain, the database and the wire. Bounds are `timestamptz`; an unbounded
 * side is stored as `-infinity`/`infinity`, so that ordering and overlap tests need no NULL cases,
 * and leaves the API as `null`.
 */
import { parseEdtf, type EdtfDate } from '../domain/edtf.js';
import type { DatePrecision } from '../domain/enums.js';

export interface DateColumns {
  date: string;
  earliest: string;
  latest: string;
  precision: DatePrecision;
}

export function toDbEarliest(d: Date | null): string {
  return d ? d.toISOString() : '-infinity';
}

export function toDbLatest(d: Date | null): string {
  return d ? d.toISOString() : 'infinity';
}

/** The stored columns of an EDTF date: the string as given, its bounds and precision. */
export function dateColumns(edtf: string): DateColumns {
  const parsed = parseEdtf(edtf);
  return { date: parsed.edtf, earliest: toDbEarliest(parsed.earliest), latest: toDbLatest(parsed.latest), precision: parsed.precision };
}

/**
 * A `timestamptz` as the drivers return it (`2019-01-01 00:00:00+00`, or inside JSON
 * `2019-01-01T00:00:00+00:00`) as ISO 8601 in UTC; `null` for ±infinity.
 */
export function isoFromDb(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === 'infinity' || value === '-infinity') return null;
  const normalised = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const ms = Date.parse(normalised);
  if (Number.isNaN(ms)) throw new Error(`unexpected timestamp from the database: ${value}`);
  return new Date(ms).toISOString();
}

/** Like `isoFromDb` for columns that are never infinite. */
export function requiredIsoFromDb(value: string): string {
  const iso = isoFromDb(value);
  if (iso === null) throw new Error(`unexpected infinite timestamp from the database: ${value}`);
  return iso;
}

/** A date as the API gives it: the EDTF as written, the bounds it can denote (`null` when unbounded), its precision. */
export interface WireDate {
  edtf: string;
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision;
}

/** Bounds and precision as stored beside an EDTF string (see `dateColumns`). */
export interface StoredBounds {
  earliest: string;
  latest: string;
  precision: string | null;
}

/**
 * The one shape of a date on the wire, for every resource. With the bounds stored beside it, they
 * are given as they are; without, the EDTF string is parsed. No date (or no precision) is `null`.
 */
export function edtfDate(edtf: string, stored?: StoredBounds): WireDate;
export function edtfDate(edtf: string | null | undefined, stored?: StoredBounds): WireDate | null;
export function edtfDate(edtf: string | null | undefined, stored?: StoredBounds): WireDate | null {
  if (edtf === null || edtf === undefined) return null;
  if (!stored) {
    const parsed = parseEdtf(edtf);
    return {
      edtf: parsed.edtf,
      earliest: parsed.earliest?.toISOString() ?? null,
      latest: parsed.latest?.toISOString() ?? null,
      precision: parsed.precision,
    };
  }
  if (stored.precision === null) return null;
  return { edtf, earliest: isoFromDb(stored.earliest), latest: isoFromDb(stored.latest), precision: stored.precision as DatePrecision };
}

export type { EdtfDate };
