import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.js';
import { RETRY_AFTER_SECONDS } from '../../http/errors.js';
import { jsonContent, probeErrors } from '../../http/contract.js';
import { problem } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';

const HealthSchema = z
  .object({ status: z.literal('ok').openapi({ description: 'The process is up.', example: 'ok' }) })
  .openapi('Health', { description: 'Liveness.' });

const ReadySchema = z
  .object({
    status: z.literal('ready').openapi({ description: 'The service can answer requests.', example: 'ready' }),
    database: z.enum(['postgres', 'pglite']).openapi({ description: 'The database engine in use.', example: 'pglite' }),
  })
  .openapi('Ready', { description: 'Readiness: the database answers.' });

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Operations'],
  summary: 'Liveness',
  description: 'Answers 200 while the process runs. It does not touch the database: use `/ready` for that.',
  security: [],
  request: { query: z.strictObject({}) },
  responses: { 200: jsonContent(HealthSchema, 'The process is up.'), 400: probeErrors[400], 500: probeErrors[500] },
});

const ready = createRoute({
  method: 'get',
  path: '/ready',
  operationId: 'getReadiness',
  tags: ['Operations'],
  summary: 'Readiness',
  description:
    'Answers 200 when the database answers within two seconds, and 503 with `Retry-After` when it does not or when the server is shutting down.',
  security: [],
  request: { query: z.strictObject({}) },
  responses: { 200: jsonContent(ReadySchema, 'The database is reachable.'), ...probeErrors },
});

const PING_TIMEOUT_MS = 2_000;

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRouter(deps: { database: Database; isShuttingDown: () => boolean }) {
  return createRouter()
    .openapi(health, (c) => c.json({ status: 'ok' as const }, 200, { 'Cache-Control': 'no-store' }))
    .openapi(ready, async (c) => {
      const unavailable = (detail: string) =>
        problem(c, 'service_unavailable', detail, {
          headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
        }) as never;
      if (deps.isShuttingDown()) return unavailable('The server is shutting down.');
      try {
        await withTimeout(deps.database.ping(), PING_TIMEOUT_MS);
      } catch {
        return unavailable('The database is not reachable.');
      }
      return c.json({ status: 'ready' as const, database: deps.database.kind }, 200, { 'Cache-Control': 'no-store' });
    });
}
