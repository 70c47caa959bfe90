/**
 * The app under test for the conformance suite: like `createHarness`, a database of the file's
 * own behind the real middleware on a real HTTP server, but with quotas far above what the suite
 * sends, so that no check meets a 429. The rate limiter itself still runs (and sets its headers).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { createLogger } from '../../src/http/logger.js';
import { createTestDatabase } from '../helpers/database.js';

export interface ConformanceServer {
  baseUrl: string;
  database: Database;
  /** Error lines the app logged (unhandled errors among them). */
  errors: { msg: string; [key: string]: unknown }[];
  close(): Promise<void>;
}

export const SUITE_QUOTA = 1_000_000;

export async function startConformanceServer(): Promise<ConformanceServer> {
  const testDatabase = await createTestDatabase();
  const errors: ConformanceServer['errors'] = [];
  const logger = createLogger('warn', (line) => {
    const entry = JSON.parse(line) as { level: string; msg: string };
    if (entry.level === 'error') errors.push(entry);
  });
  const app = createApp({ database: testDatabase.database, logger, rateLimit: { reads: SUITE_QUOTA, writes: SUITE_QUOTA } });
  const server = createServer(getRequestListener(app.fetch));
  // Idle connections stay open between tests: with Node's 5 s default, a slow step (compiling the
  // schemas on a busy machine) lets the server close a socket the client is about to reuse.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    database: testDatabase.database,
    errors,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testDatabase.drop();
    },
  };
}
