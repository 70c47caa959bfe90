/**
 * What every operation's contract shares: the documented responses and errors (problem+json,
 * with the headers that come with them, built by one builder for reads and writes alike), the
 * request bodies and headers of writes, and `writeRoute`, which declares a write with its
 * security, scope check and errors in one call.
 */
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { ApiKeyScope } from '../db/schema/index.js';
import { requireScope } from './auth.js';
import { idempotencyKeySchema } from './idempotency.js';
import { ProblemSchema, PROBLEM_CONTENT_TYPE } from './problem.js';

type HeadersObject = Record<string, { description: string; schema: { type: 'string' | 'integer'; minimum?: number } }>;

const requestIdHeader = {
  'X-Request-Id': {
    description: 'The id of this request: echoed from the request, or generated.',
    schema: { type: 'string' as const },
  },
};

/** Rate-limit headers (draft-ietf-httpapi-ratelimit-headers), on every response but the probes'. */
export const rateLimitHeaders = {
  RateLimit: {
    description: 'The quota left in this window: `"default";r=<remaining>;t=<seconds to reset>`.',
    schema: { type: 'string' as const },
  },
  'RateLimit-Policy': {
    description: 'The quota: `"default";q=<requests>;w=<window seconds>` (`"writes"` for writes).',
    schema: { type: 'string' as const },
  },
};

export const retryAfterHeader = {
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer' as const, minimum: 0 },
  },
};

export const etagHeader = {
  ETag: { description: 'A strong validator of the representation; send it back in `If-None-Match`.', schema: { type: 'string' as const } },
};

export const linkHeader = {
  Link: {
    description: 'RFC 8288 links; `rel="next"` points at the next page when there is one.',
    schema: { type: 'string' as const },
  },
};

export const locationHeaders = {
  Location: { description: 'The URL of the created resource.', schema: { type: 'string' as const } },
  ETag: { description: 'The strong validator of the created resource.', schema: { type: 'string' as const } },
};

// ---- Responses ----

/** A documented error: problem+json, with the request id and the headers given. */
function problemResponse(description: string, headers: HeadersObject = {}) {
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    headers: { ...requestIdHeader, ...headers },
  } as const;
}

/** A JSON response, with the headers every response carries and the ones given. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string, headers: Record<string, unknown> = {}) => ({
  description,
  content: { 'application/json': { schema } },
  headers: { ...requestIdHeader, ...rateLimitHeaders, ...headers },
});

export const notModified = {
  304: { description: 'The representation has not changed since the `ETag` given in `If-None-Match`.', headers: etagHeader },
} as const;

const internalError = problemResponse('An unexpected error; the body never carries internals.');
const unavailable = problemResponse('The database is unreachable or too slow; retry after the delay given.', retryAfterHeader);

/** Errors every operation can answer. */
export const commonErrors = {
  429: problemResponse('Too many requests from this key or address; wait `Retry-After` seconds.', { ...retryAfterHeader, ...rateLimitHeaders }),
  500: internalError,
  503: unavailable,
} as const;

/** Errors of operations that take parameters. */
export const readErrors = {
  400: problemResponse('A parameter is invalid; `errors` lists each invalid field with a JSON Pointer.'),
  ...commonErrors,
} as const;

export const notFoundError = {
  404: problemResponse('No resource has this id or slug.'),
} as const;

/** Errors of the health probes, which are not rate-limited. */
export const probeErrors = {
  400: problemResponse('A parameter is invalid.'),
  500: internalError,
  503: unavailable,
} as const;

/** Errors of a create (or of any write that names no existing record). */
export const writeErrors = {
  400: problemResponse('The body or a parameter is invalid (unknown or server-managed fields included); `errors` points at each.'),
  401: problemResponse('No API key, or an invalid or revoked one.', {
    'WWW-Authenticate': { description: 'The authentication scheme: `Bearer realm="event-timeline-api"`.', schema: { type: 'string' } },
  }),
  403: problemResponse('The API key lacks the scope this operation needs.'),
  409: problemResponse('A unique value is taken (e.g. the slug), the record is still referenced, or the same Idempotency-Key is in flight.'),
  413: problemResponse('The body is over 1 MiB.'),
  415: problemResponse('The body is not JSON.'),
  422: problemResponse(
    'The request refers to a record that does not exist, breaks a rule of the data model (such as a self-link), or reuses an Idempotency-Key with another body.',
  ),
  429: problemResponse('Too many writes from this key or address; wait `Retry-After` seconds.', { ...retryAfterHeader, ...rateLimitHeaders }),
  500: problemResponse('An unexpected error; nothing was written.'),
  503: problemResponse('The database is unreachable; nothing was written.', retryAfterHeader),
} as const;

/** Errors of a write to one record named in the path. */
export const itemWriteErrors = {
  ...writeErrors,
  404: problemResponse('No resource has this id or slug.'),
  412: problemResponse('`If-Match` does not match the current ETag: the resource changed since you read it.'),
} as const;

// ---- Requests of writes ----

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .max(1_000)
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header' },
      description: 'Apply only if the resource still has this ETag (from a GET of it); otherwise 412.',
      example: '"3f2a9c…"',
    }),
});

export const idempotencyHeader = z.object({
  'idempotency-key': idempotencyKeySchema.optional().openapi({
    param: { name: 'idempotency-key', in: 'header' },
    description: 'Makes a retry safe: the same key with the same body replays the first response for 24 hours.',
    example: '4f1d0c5e-retry-1',
  }),
});

/** The request body of a create. */
export const writeBody = <T extends z.ZodType>(schema: T, description: string) => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
});

/** The request body of a merge patch; plain JSON is accepted too. */
export const patchBody = <T extends z.ZodType>(schema: T, description: string) => ({
  required: true,
  description,
  content: { 'application/merge-patch+json': { schema }, 'application/json': { schema } },
});

// ---- Routes ----

const bearerSecurity = [{ bearerAuth: [] }];

type WriteRouteConfig = Omit<RouteConfig, 'security' | 'middleware'>;
/** The errors a write documents: those of a record named in the path when it has path parameters. */
type WriteErrorsOf<R> = R extends { request: { params: object } } ? typeof itemWriteErrors : typeof writeErrors;

/**
 * A write operation, declared with what every write shares: it needs an API key with `scope`
 * (`write` by default); a create takes an `Idempotency-Key`, a write to a record named in the
 * path an `If-Match` (unless the route declares headers of its own); and it documents every
 * error a write can answer, with those of a record named in the path (404, 412).
 */
export function writeRoute<const R extends WriteRouteConfig>(config: R, options: { scope?: ApiKeyScope } = {}) {
  const item = config.request?.params !== undefined;
  const headers = config.request?.headers ?? (item ? ifMatchHeader : config.method === 'post' ? idempotencyHeader : undefined);
  return createRoute({
    ...config,
    // Typed as the route declares it: handlers never read these headers (`runWrite` and `checkIfMatch` do).
    request: { ...config.request, ...(headers ? { headers } : {}) } as R['request'],
    security: bearerSecurity,
    middleware: [requireScope(options.scope ?? 'write')] as const,
    responses: { ...config.responses, ...(item ? itemWriteErrors : writeErrors) } as R['responses'] & WriteErrorsOf<R>,
  });
}
