/**
 * `npm run db:seed [-- --force]`: writes the article's data to the configured database.
 * Idempotent: seeding twice changes nothing. Refuses a non-local Postgres unless forced.
 */
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { ConfigError, loadConfig } from '../src/env.js';
import { articleSeed } from '../src/seeds/article.js';
import { seedDatabase } from '../src/seeds/run.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

try {
  const config = loadConfig();
  if (config.database.kind === 'postgres' && !process.argv.includes('--force')) {
    const host = new URL(config.database.url).hostname;
    if (!LOCAL_HOSTS.has(host)) {
      console.error(`Refusing to seed the non-local database at "${host}". Pass --force (npm run db:seed -- --force) if you mean it.`);
      process.exit(1);
    }
  }
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    const { inserted } = await seedDatabase(database.db, articleSeed);
    const total = Object.values(inserted).reduce((a, b) => a + b, 0);
    console.log(total === 0 ? 'Seed data already present; nothing changed.' : `Seeded: ${JSON.stringify(inserted)}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
