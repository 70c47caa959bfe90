/**
 * EDTF (ISO 8601-2, Extended Date/Time Format) dates, parsed once into the bounds that queries
 * filter and sort on. Parsing is delegated to the `edtf` library; this module decides what the
 * bounds of a vague date are:
 *
 * - A date covers its whole unit: `2019` is 2019-01-01T00:00Z … 2019-12-31T23:59:59.999Z. A
 *   year-only date never becomes 1 January.
 * - An approximate (`~`) or uncertain (`?`, `%`) date widens by one unit of its precision on each
 *   side: `2019-01~` is 2018-12-01 … 2019-02-28. The qualifier says "not exactly this", so the
 *   bounds must not claim that it certainly falls inside January.
 * - An interval runs from its start's earliest to its end's latest bound. An open (`..`) or
 *   unknown (empty) end is unbounded: `null` here, `±infinity` in the database.
 * - A set (`[..2019-01]`, one of) or list (`{2019-01,2019-03}`, all of) spans its members;
 *   `..` before or after its members leaves that side unbounded.
 *
 * Precision is the coarsest unit among the date's known parts: `day`, `month`, `season`, `year`…
 */
import edtf from 'edtf';
import type { DatePrecision } from './enums.js';

export interface EdtfDate {
  /** The EDTF string exactly as given. */
  edtf: string;
  /** Earliest instant the date can denote; `null` when unbounded (open or unknown start). */
  earliest: Date | null;
  /** Latest instant the date can denote; `null` when unbounded (ongoing, open or unknown end). */
  latest: Date | null;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

export class EdtfError extends Error {
  override name = 'EdtfError';
}

/** Supported years: the four-digit years of EDTF level 0/1, which both Postgres and JS represent. */
const MIN_MS = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');
const DAY = 86_400_000;

const ORDER: DatePrecision[] = ['time', 'day', 'month', 'season', 'year', 'decade', 'century', 'millennium', 'unknown'];

function coarsest(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

interface Span {
  earliest: number; // may be -Infinity
  latest: number; // may be +Infinity
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

// The library's objects, as far as this module uses them.
interface EdtfNode {
  type: string;
  min: number;
  max: number;
  values?: unknown[];
  earlier?: boolean;
  later?: boolean;
  approximate?: { value: number } | boolean | number;
  uncertain?: { value: number } | boolean | number;
}

function flag(v: EdtfNode['approximate']): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'object') return v.value > 0;
  return Boolean(v);
}

function isNode(v: unknown): v is EdtfNode {
  return typeof v === 'object' && v !== null && 'type' in v;
}

function precisionOfWidth(node: EdtfNode, width: number): DatePrecision {
  if (node.type === 'Date' && (node.values?.length ?? 0) > 3) return 'time';
  if (width <= DAY) return 'day';
  if (width <= 31 * DAY) return 'month';
  if (width <= 92 * DAY) return 'season';
  if (width <= 366 * DAY) return 'year';
  if (width <= 3_653 * DAY) return 'decade';
  if (width <= 36_525 * DAY) return 'century';
  return 'millennium';
}

/** Moves an instant by `n` units of a precision, in calendar arithmetic. */
function shift(ms: number, precision: DatePrecision, n: number): number {
  const d = new Date(ms);
  switch (precision) {
    case 'time':
      return ms + n * 3_600_000;
    case 'day':
      return ms + n * DAY;
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + n);
      return d.getTime();
    case 'season':
      d.setUTCMonth(d.getUTCMonth() + 3 * n);
      return d.getTime();
    case 'year':
      d.setUTCFullYear(d.getUTCFullYear() + n);
      return d.getTime();
    case 'decade':
      d.setUTCFullYear(d.getUTCFullYear() + 10 * n);
      return d.getTime();
    case 'century':
      d.setUTCFullYear(d.getUTCFullYear() + 100 * n);
      return d.getTime();
    case 'millennium':
      d.setUTCFullYear(d.getUTCFullYear() + 1000 * n);
      return d.getTime();
    case 'unknown':
      return ms;
  }
}

function leafSpan(node: EdtfNode): Span {
  const { min, max } = node;
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new EdtfError('is outside the supported range of years (0001 to 9999)');
  }
  const precision = precisionOfWidth(node, max - min + 1);
  const approximate = flag(node.approximate);
  const uncertain = flag(node.uncertain);
  if (!approximate && !uncertain) return { earliest: min, latest: max, precision, approximate, uncertain };
  return {
    earliest: shift(min, precision, -1),
    latest: shift(max + 1, precision, 1) - 1,
    precision,
    approximate,
    uncertain,
  };
}

function span(node: EdtfNode): Span {
  switch (node.type) {
    case 'Set':
    case 'List': {
      const members = (node.values ?? []).filter(isNode).map(span);
      if (members.length === 0) throw new EdtfError('is an empty set of dates');
      const first = members[0] as Span;
      return {
        earliest: node.earlier ? -Infinity : Math.min(...members.map((m) => m.earliest)),
        latest: node.later ? Infinity : Math.max(...members.map((m) => m.latest)),
        precision: members.reduce<DatePrecision>((acc, m) => coarsest(acc, m.precision), first.precision),
        approximate: members.some((m) => m.approximate),
        uncertain: node.type === 'Set' || members.some((m) => m.uncertain),
      };
    }
    default:
      return leafSpan(node);
  }
}

const EXAMPLES = '2019, 2019-01, 2019-01-15, 2019-01~, 2019-21 (spring), 2018-12-19/.., ../2019-01, [..2019-01]';

function parseNode(text: string): EdtfNode {
  try {
    return edtf(text) as unknown as EdtfNode;
  } catch {
    throw new EdtfError(`is not a valid EDTF date ("${text}"); expected forms such as ${EXAMPLES}`);
  }
}

/**
 * An interval `start/end`, each side a date, `..` (open) or empty (unknown). Parsed side by side
 * so that it is rejected only when its start certainly comes after its end: `2019/2019` and
 * `2019-01-15/2019-01` are valid intervals.
 */
function intervalSpan(text: string): Span {
  const parts = text.split('/');
  if (parts.length !== 2) throw new EdtfError(`is not a valid EDTF interval ("${text}"); expected start/end, such as 2018-12-19/..`);
  const [lowerText, upperText] = parts as [string, string];
  const side = (part: string) => {
    if (part === '' || part === '..') return undefined;
    const node = parseNode(part);
    if (node.type !== 'Date' && node.type !== 'Season') {
      throw new EdtfError(`is not a valid EDTF interval ("${text}"); each end must be a single date`);
    }
    return leafSpan(node);
  };
  const lower = side(lowerText);
  const upper = side(upperText);
  if (lower && upper && lower.earliest > upper.latest) throw new EdtfError(`is an interval whose start is after its end ("${text}")`);
  const known = [lower, upper].filter((p): p is Span => p !== undefined);
  return {
    earliest: lower ? lower.earliest : -Infinity,
    latest: upper ? upper.latest : Infinity,
    precision: known.reduce<DatePrecision>((acc, p) => (acc === 'unknown' ? p.precision : coarsest(acc, p.precision)), 'unknown'),
    approximate: known.some((p) => p.approximate),
    uncertain: known.some((p) => p.uncertain),
  };
}

/** Parses an EDTF string into bounds and precision; throws an `EdtfError` saying what is wrong. */
export function parseEdtf(input: string): EdtfDate {
  const text = input.trim();
  if (text === '') throw new EdtfError('is empty; give an EDTF date such as ' + EXAMPLES);
  if (text !== input) throw new EdtfError('must not have leading or trailing spaces');
  const s = text.includes('/') ? intervalSpan(text) : span(parseNode(text));
  for (const bound of [s.earliest, s.latest]) {
    if (Number.isFinite(bound) && (bound < MIN_MS || bound > MAX_MS)) {
      throw new EdtfError('is outside the supported range of years (0001 to 9999)');
    }
  }
  return {
    edtf: text,
    earliest: Number.isFinite(s.earliest) ? new Date(s.earliest) : null,
    latest: Number.isFinite(s.latest) ? new Date(s.latest) : null,
    precision: s.precision,
    approximate: s.approximate,
    uncertain: s.uncertain,
  };
}
