/**
 * Strong ETags and `If-Match`: a representation's tag is a digest of its bytes (or of its
 * canonical JSON); a write with `If-Match` goes ahead only while the tag still matches.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from './problem.js';

/** A digest of the bytes of a representation (a string counts as its UTF-8), as an ETag's opaque value. */
export function textTag(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The strong validator of a representation: a digest of its canonical JSON (before labels). */
export function representationTag(canonical: unknown): string {
  return textTag(JSON.stringify(canonical));
}

/** An ETag from a tag; labels in other languages make another variant of the same tag. */
export function etagOf(tag: string, languages: readonly string[] = []): string {
  return languages.length ? `"${tag};${languages.join(',')}"` : `"${tag}"`;
}

/** The ETag of a representation; labels in other languages make another variant of the same tag. */
export function etagFor(canonical: unknown, languages: readonly string[] = []): string {
  return etagOf(representationTag(canonical), languages);
}

/** The strong tags `If-Match` names (without language marks); undefined when it is absent or `*`. */
function ifMatchTags(c: Context): string[] | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '*') return undefined;
  return [...header.matchAll(/(W\/)?"([^"]*)"/g)].filter((m) => !m[1]).map((m) => (m[2] as string).split(';')[0] as string);
}

/**
 * Checks `If-Match` against the current representation's tag; a mismatch is a 412. `tag` is
 * only called when the request has an `If-Match` to compare it with.
 */
export async function checkIfMatch(c: Context, tag: () => string | Promise<string>): Promise<void> {
  const given = ifMatchTags(c);
  if (given && !given.includes(await tag())) {
    throw new ApiError(
      'precondition_failed',
      'The resource has changed since the ETag given in If-Match. Fetch it again, reapply your change, and retry.',
    );
  }
}
