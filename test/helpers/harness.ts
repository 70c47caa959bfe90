/**
 * The app under test: a database of the file's own, the real middleware, a real HTTP server on
 * an ephemeral port, and supertest against it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import supertest from 'supertest';
import { createApp, type App } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { createLogger, type Logger } from '../../src/http/logger.js';
import type { RateLimitOptions } from '../../src/http/rate-limit.js';
import type { AppRouter } from '../../src/http/router.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface Harness {
  app: App;
  database: Database;
  testDatabase: TestDatabase;
  baseUrl: string;
  /** A supertest agent bound to the running server. */
  http: ReturnType<typeof supertest>;
  logs: { level: string; msg: string; [key: string]: unknown }[];
  /** Every SQL statement sent so far; reset it to count the queries of one request. */
  queries: string[];
  /** The statements of `queries` whose rows were read as the bytes Postgres sent (Postgres only). */
  queriesReadAsBytes: Set<string>;
  close(): Promise<void>;
}

export async function createHarness(
  options: { extraRouters?: AppRouter[]; isShuttingDown?: () => boolean; rateLimit?: Partial<RateLimitOptions> } = {},
): Promise<Harness> {
  const queries: string[] = [];
  const queriesReadAsBytes = new Set<string>();
  const testDatabase = await createTestDatabase({
    onQuery: (q, _params, read) => {
      queries.push(q);
      if (read === 'bytes') queriesReadAsBytes.add(q);
    },
  });
  const logs: Harness['logs'] = [];
  const logger: Logger = createLogger('debug', (line) => logs.push(JSON.parse(line)));
  const app = createApp({
    database: testDatabase.database,
    logger,
    ...(options.extraRouters ? { extraRouters: options.extraRouters } : {}),
    ...(options.isShuttingDown ? { isShuttingDown: options.isShuttingDown } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const server: Server = createServer(getRequestListener(app.fetch));
  // Idle connections stay open between tests: with Node's 5 s default, a slow step on a busy
  // machine lets the server close a socket the client is about to reuse.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    database: testDatabase.database,
    testDatabase,
    baseUrl,
    http: supertest(baseUrl),
    logs,
    queries,
    queriesReadAsBytes,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testDatabase.drop();
    },
  };
}
