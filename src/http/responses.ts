/**
 * Documented responses shared by operations: every error an operation can answer, with the
 * problem+json media type, and the headers that come with them.
 */
import { z } from '@hono/zod-openapi';
import { ProblemSchema, PROBLEM_CONTENT_TYPE } from './problem.js';

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } };

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

function problemResponse(description: string, headers: Record<string, unknown> = {}) {
  return { description, content: problemContent, headers: { ...requestIdHeader, ...headers } } as const;
}

/** Errors every operation can answer. */
export const commonErrors = {
  429: problemResponse('Too many requests from this key or address; wait `Retry-After` seconds.', { ...retryAfterHeader, ...rateLimitHeaders }),
  500: problemResponse('An unexpected error; the body never carries internals.'),
  503: problemResponse('The database is unreachable or too slow; retry after the delay given.', retryAfterHeader),
} as const;

/** Errors of operations that take parameters. */
export const readErrors = {
  400: problemResponse('A parameter is invalid; `errors` lists each invalid field with a JSON Pointer.'),
  ...commonErrors,
} as const;

export const notFoundError = {
  404: problemResponse('No resource has this id or slug.'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string, headers: Record<string, unknown> = {}) => ({
  description,
  content: { 'application/json': { schema } },
  headers: { ...requestIdHeader, ...rateLimitHeaders, ...headers },
});

/** Errors of the health probes, which are not rate-limited. */
export const probeErrors = {
  400: problemResponse('A parameter is invalid.'),
  500: problemResponse('An unexpected error; the body never carries internals.'),
  503: problemResponse('The database is unreachable or too slow; retry after the delay given.', retryAfterHeader),
} as const;

export const etagHeader = {
  ETag: { description: 'A strong validator of the representation; send it back in `If-None-Match`.', schema: { type: 'string' as const } },
};

export const linkHeader = {
  Link: {
    description: 'RFC 8288 links; `rel="next"` points at the next page when there is one.',
    schema: { type: 'string' as const },
  },
};

export const notModified = {
  304: { description: 'The representation has not changed since the `ETag` given in `If-None-Match`.', headers: etagHeader },
} as const;
