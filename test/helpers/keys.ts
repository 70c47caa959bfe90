import type { Db } from '../../src/db/client.js';
import { apiKeys, type ApiKeyScope } from '../../src/db/schema/index.js';
import { generateKey } from '../../src/http/auth.js';

/** A fresh API key with a scope; returns the `Authorization` header value. */
export async function createKey(db: Db, scope: ApiKeyScope, name = `test ${scope} key`): Promise<{ id: string; authorization: string }> {
  const { key, prefix, hash } = generateKey();
  const [row] = await db.insert(apiKeys).values({ name, scope, prefix, hash }).returning({ id: apiKeys.id });
  return { id: row!.id, authorization: `Bearer ${key}` };
}
