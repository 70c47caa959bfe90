/**
 * `npm run keys -- <command>`: manage API keys in the configured database.
 *
 *   create --name <name> --scope read|write|admin   prints the new key, once
 *   list                                            names, scopes, prefixes, states
 *   revoke <id or prefix>                           the key stops working at once
 */
import { parseArgs } from 'node:util';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { API_KEY_SCOPES, apiKeys, type ApiKeyScope } from '../src/db/schema/index.js';
import { ConfigError, loadConfig } from '../src/env.js';
import { generateKey } from '../src/http/auth.js';

const USAGE = `Usage:
  npm run keys -- create --name <name> --scope ${API_KEY_SCOPES.join('|')}
  npm run keys -- list
  npm run keys -- revoke <id or prefix>`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
if (!command || command === '--help' || command === 'help') {
  console.log(USAGE);
  process.exit(command ? 0 : 2);
}

let parsed: ReturnType<typeof parseArgs<{ options: { name: { type: 'string' }; scope: { type: 'string' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ args: rest, options: { name: { type: 'string' }, scope: { type: 'string' } }, allowPositionals: true, strict: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
const database = await openDatabase(config.database);
try {
  await migrateDatabase(database);
  const db = database.db;
  if (command === 'create') {
    const name = parsed.values.name?.trim();
    const scope = parsed.values.scope as ApiKeyScope | undefined;
    if (!name || name.length > 200) fail('create needs --name (1 to 200 characters).');
    if (!scope || !API_KEY_SCOPES.includes(scope)) fail(`create needs --scope ${API_KEY_SCOPES.join('|')}.`);
    const { key, prefix, hash } = generateKey();
    const [row] = await db.insert(apiKeys).values({ name, scope, prefix, hash }).returning({ id: apiKeys.id });
    console.log(`Created key "${name}" (${scope}), id ${row?.id}.\n\n  ${key}\n\nStore it now: it is not shown again. Send it as "Authorization: Bearer <key>".`);
  } else if (command === 'list') {
    const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt));
    if (rows.length === 0) console.log('No keys.');
    for (const r of rows) {
      const state = r.revokedAt ? `revoked ${r.revokedAt}` : `active, last write ${r.lastUsedAt ?? 'never'}`;
      console.log(`${r.id}  ${r.prefix}…  ${r.scope.padEnd(5)}  ${state}  ${r.name}`);
    }
  } else if (command === 'revoke') {
    const ref = parsed.positionals[0];
    if (!ref) fail('revoke needs the id or prefix of a key.');
    const isId = /^[0-9a-f-]{36}$/i.test(ref);
    const revoked = await db
      .update(apiKeys)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(isNull(apiKeys.revokedAt), isId ? eq(apiKeys.id, ref.toLowerCase()) : eq(apiKeys.prefix, ref)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    if (revoked.length === 0) {
      console.error(`No active key has the id or prefix "${ref}".`);
      process.exitCode = 1;
    } else {
      for (const r of revoked) console.log(`Revoked ${r.id} (${r.name}).`);
    }
  } else {
    fail(`Unknown command "${command}".`);
  }
} finally {
  await database.close();
}
