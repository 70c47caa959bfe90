/**
 * What every read handler does before answering: labels in the requested languages, pages with
 * their cursor and `Link`, and the body parsed by its schema so nothing undeclared leaves.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { addLabels, parseAcceptLanguage } from '../domain/language.js';
import { etagFor, etagOf, textTag } from './etag.js';
import { decodeCursor, encodeCursor, nextPageUrl, queryDigest, timestampKeyPart, uuidKeyPart } from './cursor.js';

const textKeyPart = z.string().max(400);

/** The languages a request asks for: `lang`, else `Accept-Language`; empty when neither. */
export function requestedLanguages(c: Context, lang: string[] | undefined): string[] {
  return lang?.length ? lang : parseAcceptLanguage(c.req.header('Accept-Language'));
}

/**
 * Adds labels when languages are requested, then parses the body with its response schema. Sets
 * a strong `ETag`, a digest of what is sent: computed here, synchronously, it spares the etag
 * middleware cloning the response stream and hashing it again through WebCrypto.
 */
export function present<S extends z.ZodType>(c: Context, schema: S, body: z.input<S>, lang: string[] | undefined): z.output<S> {
  c.header('Vary', 'Accept-Language');
  const languages = requestedLanguages(c, lang);
  const parsed = schema.parse(languages.length ? addLabels(body, languages) : body);
  c.header('ETag', etagFor(parsed));
  return parsed;
}

/**
 * A page whose entries Postgres built as JSON (see `timelinePage`), sent as they came, in UTF-8:
 * `{"data":[…],"nextCursor":…}`, with a strong `ETag` that digests the bytes sent. Only for
 * requests without languages: labels are added to objects, so those pages go through `present`.
 */
export function presentJsonPage(c: Context, entries: readonly Buffer[], nextCursor: string | null): Response {
  const parts: Buffer[] = [PAGE_START];
  entries.forEach((entry, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(entry);
  });
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`));
  return presentJson(c, Buffer.concat(parts));
}

const PAGE_START = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/**
 * JSON Postgres wrote (a page from `presentJsonPage`, an item from `findEventDetailBytes`), sent
 * as it came, in UTF-8, its `ETag` a digest of those bytes. Only for requests without languages.
 */
export function presentJson(c: Context, json: Buffer): Response {
  c.header('Vary', 'Accept-Language');
  c.header('ETag', etagOf(textTag(json)));
  // A Buffer read from a socket or made from a string is never over a SharedArrayBuffer.
  return c.body(json as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' });
}

/**
 * Like `present`, for one item: also sets its strong `ETag`, a digest of the representation
 * before labels (so a variant in another language carries the same tag, marked with the languages).
 * `If-Match` on writes compares against the same digest.
 */
export function presentItem<S extends z.ZodType>(
  c: Context,
  schema: S,
  body: z.input<S>,
  lang: string[] | undefined,
  /** The representation's tag when it is not the digest of its canonical JSON (see `presentJson`). */
  tag?: string,
): z.output<S> {
  c.header('Vary', 'Accept-Language');
  const canonical = schema.parse(body);
  const languages = requestedLanguages(c, lang);
  c.header('ETag', tag === undefined ? etagFor(canonical, languages) : etagOf(tag, languages));
  return languages.length ? schema.parse(addLabels(structuredClone(canonical), languages)) : canonical;
}

/** Cursor handling for one list: the digest of its query, and the key parts of its order. */
export function pager(query: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const digest = queryDigest({ ...query, lang: undefined, expand: undefined, ...extra });
  return {
    /** The digest a cursor of this list carries, for lists with keys of their own. */
    digest,
    /** The keyset position to resume after, from the `cursor` parameter. */
    chronological(cursor: string | undefined): [string, string, string] | undefined {
      return cursor ? decodeCursor(cursor, digest, [timestampKeyPart, timestampKeyPart, uuidKeyPart]) : undefined;
    },
    byId(cursor: string | undefined): string | undefined {
      return cursor ? decodeCursor(cursor, digest, [uuidKeyPart])[0] : undefined;
    },
    byText(cursor: string | undefined): [string, string] | undefined {
      return cursor ? decodeCursor(cursor, digest, [textKeyPart, uuidKeyPart]) : undefined;
    },
    /** The `nextCursor` of a page, and its `Link: rel="next"` header. */
    next(c: Context, more: boolean, lastKey: string[] | undefined): string | null {
      if (!more || !lastKey) return null;
      const cursor = encodeCursor(lastKey, digest);
      c.header('Link', `<${nextPageUrl(c.req.url, cursor)}>; rel="next"`);
      return cursor;
    },
  };
}
