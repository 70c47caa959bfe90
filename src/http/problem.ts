/**
 * Errors on the wire: RFC 9457 problem details, `application/problem+json`. Handlers throw an
 * `ApiError` with a code from a closed set; `onError` turns it (or anything else) into a problem.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const CODES = {
  validation_error: { status: 400, title: 'Your request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  invalid_cursor: { status: 400, title: 'The cursor is not valid for this request' },
  bad_request: { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  precondition_failed: { status: 412, title: 'The resource has changed' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'The request cannot be processed' },
  quota_exceeded: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal server error' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemCode = keyof typeof CODES;

export interface FieldError {
  /** JSON Pointer (URI fragment form) into the request: `#/query/limit`, `#/path/id`, `#/body/title/en`. */
  pointer: string;
  detail: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly title: string;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.status = CODES[code].status;
    this.title = CODES[code].title;
  }
}

export function problemType(code: ProblemCode): string {
  return `/problems/${code.replace(/_/g, '-')}`;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
}

/** Builds the problem+json response for an error code. */
export function problem(
  c: Context,
  code: ProblemCode,
  detail: string,
  options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const { status, title } = CODES[code];
  const requestId = c.get('requestId' as never) as string | undefined;
  const body: Problem = {
    type: problemType(code),
    title,
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...(requestId ? { requestId } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  };
  return c.json(body, status, { ...options.headers, 'Content-Type': PROBLEM_CONTENT_TYPE });
}

export function apiErrorResponse(c: Context, error: ApiError): Response {
  return problem(c, error.code, error.detail, error.options);
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
function escapeToken(token: PropertyKey): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(location: 'query' | 'path' | 'headers' | 'body', path: readonly PropertyKey[] = []): string {
  return `#/${[location, ...path].map(escapeToken).join('/')}`;
}

// ---- The schema of a problem, shared by every operation's documented errors. ----

export const FieldErrorSchema = z
  .object({
    pointer: z.string().openapi({
      description: 'JSON Pointer (URI fragment form) to the offending part of the request.',
      example: '#/query/limit',
    }),
    detail: z.string().openapi({ description: 'What is wrong with it.', example: 'must be at most 100' }),
  })
  .openapi('FieldError', { description: 'One invalid field of a request.' });

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: 'A URI reference, relative to the API, that identifies the problem type.',
      example: '/problems/validation-error',
    }),
    title: z.string().openapi({ description: 'A short summary of the problem type.', example: 'Your request is not valid' }),
    status: z.number().int().openapi({ description: 'The HTTP status code.', example: 400 }),
    detail: z.string().openapi({
      description: 'What went wrong with this request, for a human.',
      example: 'The request has 1 invalid field: limit.',
    }),
    instance: z.string().openapi({ description: 'The path of the request.', example: '/v1/events' }),
    requestId: z.string().optional().openapi({
      description: 'The request id, also sent in the `X-Request-Id` header; quote it when reporting a problem.',
      example: '0b9d4b1e-7c1f-4a8e-9a0d-2f1c3e4b5a6d',
    }),
    errors: z.array(FieldErrorSchema).optional().openapi({ description: 'Per-field details of a validation failure.' }),
  })
  .openapi('Problem', {
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  });
