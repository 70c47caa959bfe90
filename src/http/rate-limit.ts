/**
 * Rate limiting per client, with the headers of draft-ietf-httpapi-ratelimit-headers.
 *
 * A client is its API key when the request carries `Authorization: Bearer …` (the bucket is a
 * digest of the header value; the key is not looked up here, authentication happens later), and
 * otherwise its network address. Requests whose key is then refused (401) are counted against
 * their address as well, so that made-up keys do not escape the limit. Reads (GET, HEAD,
 * OPTIONS) and writes have quotas of their own.
 *
 * Counters are fixed windows kept in this process's memory: each instance of the service allows
 * the whole quota, so N instances allow N times as much, and a restart forgets the counts. One
 * quota across instances needs a shared store (Redis, or a Postgres table) in place of the map.
 */
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

export interface RateLimitOptions {
  /** Reads (GET, HEAD, OPTIONS) per client per window; 0 disables the limit on reads. */
  reads: number;
  /** Writes (any other method) per client per window; 0 disables the limit on writes. */
  writes: number;
  windowSeconds: number;
  /** Paths never limited: the probes of orchestrators and load balancers. */
  exempt: readonly string[];
  /** Buckets kept at most; when full, the oldest window is dropped first. */
  maxBuckets: number;
  /** A monotonic clock in milliseconds. */
  now: () => number;
}

export const RATE_LIMIT_DEFAULTS: RateLimitOptions = {
  reads: 6000,
  writes: 6000,
  windowSeconds: 60,
  exempt: ['/health', '/ready'],
  maxBuckets: 100_000,
  now: () => performance.now(),
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer\s+\S/i;

/** The address a client is counted under: IPv4 as is, IPv6 by its /64 (one host's usual share). */
export function addressBucket(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  const [head = '', tail] = address.split('%')[0]!.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The bucket of a request: a digest of its bearer credential, else its address. */
export function clientKey(authorization: string | undefined, address: string | undefined): string {
  if (authorization && BEARER.test(authorization)) {
    return `key:${createHash('sha256').update(authorization).digest('base64url').slice(0, 22)}`;
  }
  return `ip:${addressBucket(address)}`;
}

/** The peer address of the connection; undefined without a Node socket (e.g. `app.request`). */
function remoteAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

interface Bucket {
  count: number;
  /** When the window ends, on the limiter's clock (ms). */
  resetAt: number;
}

export type RateLimiter = MiddlewareHandler & {
  /** Buckets currently held. */
  size(): number;
};

export function rateLimit(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const { reads, writes, windowSeconds, exempt, maxBuckets, now } = { ...RATE_LIMIT_DEFAULTS, ...options };
  const windowMs = windowSeconds * 1000;
  const exemptPaths = new Set(exempt);
  // Windows are equally long and a bucket is re-inserted when its window restarts, so the map's
  // insertion order is the order of expiry: expired buckets are always at its front.
  const buckets = new Map<string, Bucket>();

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (bucket.resetAt > at) break;
      buckets.delete(key);
    }
  };

  const bucketFor = (key: string, at: number): Bucket => {
    const current = buckets.get(key);
    if (current && current.resetAt > at) return current;
    if (current) buckets.delete(key);
    if (buckets.size >= maxBuckets) {
      const oldest = buckets.keys().next();
      if (!oldest.done) buckets.delete(oldest.value);
    }
    const fresh = { count: 0, resetAt: at + windowMs };
    buckets.set(key, fresh);
    return fresh;
  };

  // A plain function, not `async`: a request without a key passes through without a promise more.
  const middleware: MiddlewareHandler = (c, next) => {
    const write = !READ_METHODS.has(c.req.method);
    const quota = write ? writes : reads;
    if (quota <= 0 || exemptPaths.has(c.req.path)) return next();

    const at = now();
    sweep(at);
    const kind = write ? 'w' : 'r';
    const name = write ? 'writes' : 'default';
    const policy = `"${name}";q=${quota};w=${windowSeconds}`;
    const secondsLeft = (bucket: Bucket) => Math.max(1, Math.ceil(Math.round(bucket.resetAt - at) / 1000));
    const exceeded = (bucket: Bucket, detail: string) => {
      const reset = secondsLeft(bucket);
      return problem(c, 'quota_exceeded', `${detail} Retry in ${reset} seconds.`, {
        headers: { 'Retry-After': String(reset), 'RateLimit-Policy': policy, RateLimit: `"${name}";r=0;t=${reset}` },
      });
    };

    const authorization = c.req.header('Authorization');
    const address = remoteAddress(c);
    const bucket = bucketFor(`${kind}|${clientKey(authorization, address)}`, at);
    if (bucket.count >= quota) {
      const what = write ? 'writes' : 'requests';
      return Promise.resolve(exceeded(bucket, `This client may send ${quota} ${what} per ${windowSeconds} seconds.`));
    }
    // Made-up keys would each get a bucket of their own: keys refused (401) are also counted per address.
    const bearer = authorization !== undefined && BEARER.test(authorization);
    const refused = bearer ? bucketFor(`${kind}|refused|${addressBucket(address)}`, at) : undefined;
    if (refused && refused.count >= quota) {
      return Promise.resolve(exceeded(refused, `Too many requests from this address carried an API key that was refused.`));
    }
    bucket.count++;
    const remaining = quota - bucket.count;
    const reset = secondsLeft(bucket);
    // Set before the response exists: set afterwards, hono copies the whole response to change it.
    c.header('RateLimit-Policy', policy);
    c.header('RateLimit', `"${name}";r=${remaining};t=${reset}`);
    if (!refused) return next();
    return next().then(() => {
      if (c.res.status === 401) refused.count++;
    });
  };

  return Object.assign(middleware, { size: () => buckets.size });
}
