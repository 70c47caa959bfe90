/** `npm run db:migrate`: applies the committed migrations to the configured database. */
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { ConfigError, loadConfig } from '../src/env.js';

try {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const { fresh } = await migrateDatabase(database);
    const where = config.database.kind === 'postgres' ? 'Postgres (DATABASE_URL)' : `PGlite at ${config.database.dataDir}`;
    console.log(`Migrations applied to ${where}${fresh ? ' (a new database)' : ''}.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
