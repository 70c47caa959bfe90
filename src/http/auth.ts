/**
 * Authentication by API key: `Authorization: Bearer <key>`. Keys are stored as SHA-256 hashes;
 * a key has a scope (`read` < `write` < `admin`). Reads are public unless configured otherwise;
 * writes need a `write` key. A missing or invalid key is a 401 with `WWW-Authenticate`, a key
 * without the scope a 403.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/client.js';
import { apiKeys, type ApiKeyScope } from '../db/schema/index.js';
import type { AppEnv } from './context.js';
import { problem } from './problem.js';

export interface Principal {
  id: string;
  name: string;
  scope: ApiKeyScope;
}

const RANK: Record<ApiKeyScope, number> = { read: 1, write: 2, admin: 3 };
const REALM = 'Bearer realm="event-timeline-api"';
export const KEY_PREFIX = 'eta_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: shown once to its owner; only its hash and its first characters are kept. */
export function generateKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, 12), hash: hashKey(key) };
}

export async function findActiveKey(db: Db, key: string): Promise<Principal | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, scope: apiKeys.scope })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row;
}

function unauthorized(c: Parameters<MiddlewareHandler<AppEnv>>[0], detail: string, error: 'invalid_token' | undefined) {
  const challenge = error ? `${REALM}, error="${error}"` : REALM;
  return problem(c, 'unauthorized', detail, { headers: { 'WWW-Authenticate': challenge } });
}

const PUBLIC_PATHS = new Set(['/health', '/ready', '/openapi.json', '/docs']);

/**
 * Reads the bearer key, if any, and puts its principal in the context. A key that is malformed,
 * unknown or revoked is a 401 on any request. With `readsPublic` false, reads need a key too.
 */
export function authenticate(options: { readsPublic: boolean }): MiddlewareHandler<AppEnv> {
  const withKey: MiddlewareHandler<AppEnv> = async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') as string);
    if (!match) return unauthorized(c, 'The Authorization header must be "Bearer <api key>".', 'invalid_token');
    const principal = await findActiveKey(c.get('db'), match[1] as string);
    if (!principal) return unauthorized(c, 'The API key is not valid, or has been revoked.', 'invalid_token');
    c.set('principal', principal);
    await next();
  };
  // Without a key, a plain function: most reads carry none, and pass through without a promise.
  return (c, next) => {
    if (c.req.header('Authorization') !== undefined) return withKey(c, next);
    if (
      !options.readsPublic &&
      (c.req.method === 'GET' || c.req.method === 'HEAD') &&
      !PUBLIC_PATHS.has(c.req.path) &&
      !c.req.path.startsWith('/docs/')
    ) {
      return Promise.resolve(unauthorized(c, 'This API needs an API key: send "Authorization: Bearer <api key>".', undefined));
    }
    return next();
  };
}

/** Route middleware: the request must carry a key with at least this scope. */
export function requireScope(scope: ApiKeyScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) return unauthorized(c, `This operation needs an API key with the "${scope}" scope: send "Authorization: Bearer <api key>".`, undefined);
    if (RANK[principal.scope] < RANK[scope]) {
      return problem(c, 'forbidden', `This operation needs the "${scope}" scope; the key "${principal.name}" has "${principal.scope}".`);
    }
    await next();
  };
}
