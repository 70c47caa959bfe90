/** Documented responses of write operations. */
import { z } from '@hono/zod-openapi';
import { ProblemSchema, PROBLEM_CONTENT_TYPE } from './problem.js';
import { retryAfterHeader } from './responses.js';

type HeadersObject = Record<string, { description: string; schema: { type: 'string' | 'integer'; minimum?: number } }>;

const problem = (description: string, headers: HeadersObject = {}) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  headers,
});

export const bearerSecurity = [{ bearerAuth: [] }];

export const writeErrors = {
  400: problem('The body or a parameter is invalid (unknown or server-managed fields included); `errors` points at each.'),
  401: problem('No API key, or an invalid or revoked one.', {
    'WWW-Authenticate': { description: 'The authentication scheme: `Bearer realm="event-timeline-api"`.', schema: { type: 'string' as const } },
  }),
  403: problem('The API key lacks the scope this operation needs.'),
  409: problem('A unique value is taken (e.g. the slug), the record is still referenced, or the same Idempotency-Key is in flight.'),
  413: problem('The body is over 1 MiB.'),
  415: problem('The body is not JSON.'),
  422: problem('The request refers to a record that does not exist, breaks a rule of the data model (such as a self-link), or reuses an Idempotency-Key with another body.'),
  429: problem('Too many writes from this key or address; wait `Retry-After` seconds.', retryAfterHeader),
  500: problem('An unexpected error; nothing was written.'),
  503: problem('The database is unreachable; nothing was written.', retryAfterHeader),
} as const;

export const itemWriteErrors = {
  ...writeErrors,
  404: problem('No resource has this id or slug.'),
  412: problem('`If-Match` does not match the current ETag: the resource changed since you read it.'),
} as const;

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
  'idempotency-key': z
    .string()
    .min(1, 'must be 1 to 255 visible ASCII characters')
    .max(255, 'must be 1 to 255 visible ASCII characters')
    .regex(/^[\x21-\x7e]+$/, 'must be 1 to 255 visible ASCII characters')
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: 'Makes a retry safe: the same key with the same body replays the first response for 24 hours.',
      example: '4f1d0c5e-retry-1',
    }),
});

export const locationHeaders = {
  Location: { description: 'The URL of the created resource.', schema: { type: 'string' as const } },
  ETag: { description: 'The strong validator of the created resource.', schema: { type: 'string' as const } },
};

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
