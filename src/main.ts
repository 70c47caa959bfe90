/**
 * Process entry: configuration → database (migrated, and seeded on a first start) → app → serve.
 * SIGTERM/SIGINT: stop accepting, finish in-flight requests within SHUTDOWN_TIMEOUT_MS, close
 * idle keep-alive sockets, close the database, exit 0.
 */
import { createApp } from './app.js';
import { openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { ConfigError, loadConfig, type Config } from './env.js';
import { createLogger, errorFields } from './http/logger.js';
import { articleSeed } from './seeds/article.js';
import { seedDatabase } from './seeds/run.js';
import { startServer } from './server.js';

async function prepareDatabase(config: Config, database: Database, logger: ReturnType<typeof createLogger>) {
  if (!config.migrateOnStart) return;
  const { fresh } = await migrateDatabase(database);
  logger.info('database migrated', { fresh });
  if (fresh && config.seedOnFirstStart) {
    const report = await seedDatabase(database.db, articleSeed);
    logger.info('database seeded', { inserted: report.inserted });
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const where = config.database.kind === 'postgres' ? 'postgres' : `pglite at ${config.database.dataDir}`;
  logger.info('starting', { database: where, nodeEnv: config.nodeEnv });

  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(config, database, logger);
  } catch (error) {
    logger.error('could not prepare the database', errorFields(error));
    await database.close().catch(() => {});
    process.exit(1);
  }

  let shuttingDown = false;
  const app = createApp({
    database,
    logger,
    readsPublic: config.readsPublic,
    rateLimit: config.rateLimit,
    isShuttingDown: () => shuttingDown,
  });
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(app.fetch, { host: config.host, port: config.port, shutdownTimeoutMs: config.shutdownTimeoutMs });
  } catch (error) {
    const code = (error as { code?: string }).code;
    logger.error(code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT)` : 'could not listen', errorFields(error));
    await database.close().catch(() => {});
    process.exit(1);
  }
  logger.info('listening', { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${running.port}`, docs: '/docs' });

  const stop = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn('second signal: exiting now', { signal });
      process.exit(1);
    }
    shuttingDown = true;
    logger.info('shutting down', { signal, timeoutMs: config.shutdownTimeoutMs });
    const outcome = await running.shutdown();
    if (outcome === 'forced') logger.warn('in-flight requests did not finish in time; connections closed');
    await database.close().catch((error: unknown) => logger.error('closing the database failed', errorFields(error)));
    logger.info('stopped', { outcome });
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

void main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
