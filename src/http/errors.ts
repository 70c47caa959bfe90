/**
 * One `onError` and one `notFound` for the whole app: every 4xx/5xx leaves as problem+json.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.js';
import { errorFields, type Logger } from './logger.js';
import { ApiError, apiErrorResponse, problem } from './problem.js';

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
function* chain(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (e instanceof Error && /PGlite is closed|database is closed/i.test(e.message)) return true;
  }
  return false;
}

/** Postgres class 22 (data exception): a value the database cannot take, such as an invalid date. */
export function isDataException(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

export const RETRY_AFTER_SECONDS = 5;

export function onError(logger: Logger) {
  return (error: Error, c: Context<AppEnv>): Response => {
    if (error instanceof ApiError) return apiErrorResponse(c, error);
    if (error instanceof HTTPException) return httpExceptionProblem(c, error);
    if (isDataException(error)) {
      logger.warn('data exception', { requestId: c.get('requestId'), ...errorFields(error) });
      return problem(c, 'bad_request', 'A value in the request is not valid for its field.');
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn('database unavailable', { requestId: c.get('requestId'), ...errorFields(error) });
      return problem(c, 'service_unavailable', 'The database is unavailable. Retry in a few seconds.', {
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      });
    }
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      ...errorFields(error),
    });
    return problem(c, 'internal_error', 'Something went wrong on our side. Quote the request id if you report it.');
  };
}

function httpExceptionProblem(c: Context, error: HTTPException): Response {
  switch (error.status) {
    case 400:
      return /json/i.test(error.message)
        ? problem(c, 'malformed_json', 'The request body could not be parsed as JSON.')
        : problem(c, 'bad_request', error.message || 'The request is malformed.');
    case 404:
      return problem(c, 'not_found', `Nothing is at ${c.req.path}.`);
    case 413:
      return problem(c, 'payload_too_large', error.message || 'The request body is too large.');
    case 415:
      return problem(c, 'unsupported_media_type', 'Send the request body as application/json.');
    default:
      return error.status >= 500
        ? problem(c, 'internal_error', 'Something went wrong on our side.')
        : problem(c, 'bad_request', error.message || 'The request is malformed.');
  }
}

/** Paths an app serves, with their methods, to tell a 405 from a 404. */
export function createMethodIndex(app: { routes: readonly { method: string; path: string }[] }): (path: string) => string[] {
  const byPattern = new Map<string, { regex: RegExp; methods: Set<string> }>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.endsWith('*')) continue;
    let entry = byPattern.get(route.path);
    if (!entry) {
      const source = route.path
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      entry = { regex: new RegExp(`^${source}$`), methods: new Set() };
      byPattern.set(route.path, entry);
    }
    entry.methods.add(route.method);
  }
  return (path) => {
    const methods = new Set<string>();
    for (const { regex, methods: m } of byPattern.values()) if (regex.test(path)) m.forEach((x) => methods.add(x));
    if (methods.has('GET')) methods.add('HEAD');
    if (methods.size > 0) methods.add('OPTIONS');
    return [...methods].sort();
  };
}

export function notFound(allowedMethods: (path: string) => string[]) {
  return (c: Context<AppEnv>): Response => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return problem(c, 'not_found', `Nothing is at ${c.req.path}. See /docs for the API's paths.`);
    const allow = allowed.join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
    return problem(c, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`, {
      headers: { Allow: allow },
    });
  };
}
