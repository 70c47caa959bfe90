/**
 * One `onError` and one answer for unmatched routes (`unmatchedRoute`) for the whole app: every 4xx/5xx leaves as problem+json.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.js';
import { errorFields, type Logger } from './logger.js';
import { isDatabaseUnavailable, isDataException } from './database-errors.js';
import { ApiError, apiErrorResponse, problem } from './problem.js';

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

/** The answer for a path no route matches: 404, or 405 with `Allow` where the path exists. */
export function unmatchedRoute(allowedMethods: (path: string) => string[]) {
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
