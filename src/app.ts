/**
 * The application: middleware, routers, docs and error handling. No I/O happens here; the
 * database and the logger are given.
 */
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { MiddlewareHandler } from 'hono';
import type { Database } from './db/client.js';
import { authenticate } from './http/auth.js';
import { createMethodIndex, onError, unmatchedRoute } from './http/errors.js';
import { jsonGuard } from './http/json-guard.js';
import type { Logger } from './http/logger.js';
import { problem } from './http/problem.js';
import { rateLimit, type RateLimitOptions } from './http/rate-limit.js';
import { createRouter, type AppRouter } from './http/router.js';
import { openApiDocument } from './openapi.js';
import { docsRouter } from './resources/docs/index.js';
import { healthRouter } from './resources/health/index.js';
import { apiRouters } from './resources/routers.js';

export interface AppDeps {
  database: Database;
  logger: Logger;
  /** True once shutdown has begun: `/ready` then answers 503. */
  isShuttingDown?: () => boolean;
  /** Whether reads need no API key (default true); writes always need one. */
  readsPublic?: boolean;
  /** Extra routers mounted behind the same middleware (used by tests). */
  extraRouters?: AppRouter[];
  /** Quotas per client (see `rateLimit`); defaults otherwise. */
  rateLimit?: Partial<RateLimitOptions>;
}

export const MAX_BODY_BYTES = 1024 * 1024;
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A request id the API echoes; any other is replaced by a UUID of its own. */
const REQUEST_ID_PATTERN = /^[\w\-=]{1,128}$/;

export function createApp(deps: AppDeps) {
  const { database, logger } = deps;
  const app = createRouter();

  // The request id (the client's when it matches REQUEST_ID_PATTERN) and the request's log line,
  // in one middleware: every level of middleware costs every request a promise more.
  app.use(async (c, next) => {
    const started = performance.now();
    const sent = c.req.header('X-Request-Id');
    const id = sent && REQUEST_ID_PATTERN.test(sent) ? sent : crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    logger.info('request', {
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginEmbedderPolicy: false }));
  const exposeHeaders = ['ETag', 'Link', 'Location', 'Retry-After', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy'];
  const preflight = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'Accept-Language'],
    exposeHeaders,
    maxAge: 600,
  });
  const exposed = exposeHeaders.join(',');
  // A CORS preflight is answered by the CORS middleware; a plain OPTIONS gets `Allow` (see notFound).
  // Any other request gets the two headers of a CORS response here, set before the response exists:
  // hono's middleware sets them on `c.res` first, which makes a default response that the
  // handler's then replaces by copy, and that copy costs more CPU than a light read's handler.
  app.use((c, next) => {
    if (c.req.method === 'OPTIONS') return c.req.header('Access-Control-Request-Method') ? preflight(c, next) : next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', exposed);
    return next();
  });
  app.use(rateLimit(deps.rateLimit));
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => problem(c, 'payload_too_large', `The request body must not exceed ${MAX_BODY_BYTES} bytes.`),
  });
  // A create or a patch without a Content-Type would skip body validation: refuse it outright.
  const requireContentType: MiddlewareHandler = async (c, next) => {
    if ((c.req.method === 'POST' || c.req.method === 'PATCH') && c.req.path.startsWith('/v1/') && !c.req.header('Content-Type')) {
      return problem(c, 'unsupported_media_type', 'Send the request body as application/json (or application/merge-patch+json for PATCH).');
    }
    await next();
  };
  const bodyChecks = every(limitBody, jsonGuard(), requireContentType);
  // The body checks apply only to requests that carry a body: looking for one (`c.req.raw.body`)
  // makes @hono/node-server build a full WHATWG Request, which costs a GET more CPU than its
  // route does, and nothing reads the body of a GET, HEAD or OPTIONS. One level of middleware
  // rather than four, so that a GET passes through without a promise per check.
  app.use((c, next) => {
    c.set('db', database.db);
    c.set('logger', logger);
    return BODYLESS_METHODS.has(c.req.method) ? next() : bodyChecks(c, next);
  });
  app.use(authenticate({ readsPublic: deps.readsPublic ?? true }));
  // A 304 keeps, besides its validators, what every response carries: CORS (a script that sent
  // If-None-Match reads the 304), the quota, and the request id.
  app.use(
    '/v1/*',
    etag({
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'Access-Control-Allow-Origin',
        'Access-Control-Expose-Headers',
        'RateLimit',
        'RateLimit-Policy',
        'X-Request-Id',
      ],
    }),
  );

  app.route('/', healthRouter({ database, isShuttingDown: deps.isShuttingDown ?? (() => false) }));
  for (const router of apiRouters()) app.route('/', router);
  for (const router of deps.extraRouters ?? []) app.route('/', router);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key, created with `npm run keys -- create --name <name> --scope write`.',
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.route('/', docsRouter(() => (document ??= openApiDocument(app))));

  const allowedMethods = createMethodIndex(app);
  app.notFound(unmatchedRoute(allowedMethods));
  app.onError(onError(logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
