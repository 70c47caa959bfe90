/**
 * Database errors, read through drizzle's wrapping: which mean the database is unreachable
 * (503), which a value the database cannot take (400), and which a constraint a write broke —
 * turned into the problem a client can act on (409, 422).
 */
import { UNIQUE_FIELDS } from '../resources/registry.js';
import { ApiError, pointer } from './problem.js';

/** Connection-level failures: the database is down, restarting or unreachable. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '57014', // query_canceled: the statement timeout
]);

/** The error itself and its causes (drizzle wraps driver errors in `DrizzleQueryError`). */
export function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

const codeOf = (e: unknown): string | undefined => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
};

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = codeOf(e);
    if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (e instanceof Error && /PGlite is closed|database is closed/i.test(e.message)) return true;
  }
  return false;
}

/** Postgres class 22 (data exception): a value the database cannot take, such as an invalid date. */
export function isDataException(error: unknown): boolean {
  for (const e of causes(error)) if (/^22[0-9A-Z]{3}$/.test(codeOf(e) ?? '')) return true;
  return false;
}

type PostgresError = { code: string; constraint_name?: string; constraint?: string };

/** The Postgres error (a five-character SQLSTATE) behind an error, if any. */
function postgresError(error: unknown): PostgresError | undefined {
  for (const e of causes(error)) if (/^[0-9A-Z]{5}$/.test(codeOf(e) ?? '')) return e as PostgresError;
  return undefined;
}

/** Turns a constraint violation into the problem a client can act on; other errors pass through. */
export function constraintProblem(error: unknown): unknown {
  const pg = postgresError(error);
  if (!pg) return error;
  const constraint = pg.constraint_name ?? pg.constraint ?? '';
  if (pg.code === '23505') {
    const field = UNIQUE_FIELDS[constraint] ?? 'body';
    const detail = field === 'slug' ? 'is already taken' : 'would duplicate an existing record';
    return new ApiError('conflict', `Another record already has this ${field === 'body' ? 'content' : field}.`, {
      errors: [{ pointer: pointer('body', field === 'body' ? [] : [field]), detail }],
    });
  }
  if (pg.code === '40001' || pg.code === '40P01') {
    return new ApiError('conflict', 'The write collided with a concurrent one and was rolled back; retry it.', {
      headers: { 'Retry-After': '1' },
    });
  }
  if (pg.code === '23503') {
    return new ApiError('conflict', 'The record is referenced by others, or refers to one that no longer exists.');
  }
  if (pg.code === '23514' || pg.code === '23502') {
    return new ApiError('unprocessable', 'The record breaks a rule of the data model.', {
      errors: [{ pointer: pointer('body'), detail: `violates ${constraint.replace(/_check$/, '').replace(/_/g, ' ')}` }],
    });
  }
  return error;
}
