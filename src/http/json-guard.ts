/**
 * A guard on JSON request bodies, ahead of every route. A body sent as `application/json` or any
 * `application/*+json` must be UTF-8, parse as JSON, nest at most `MAX_JSON_DEPTH` levels, and
 * hold no NUL character and no unpaired UTF-16 surrogate in any string or key. Postgres refuses
 * NUL in `text` and `jsonb`; an unpaired surrogate is not text, and drivers silently turn it into
 * U+FFFD on the way to the database.
 *
 * The body is read once; Hono keeps it, so a route's validator parses the same bytes afterwards.
 * Bodies of other media types pass untouched, for the route to answer 415.
 */
import type { MiddlewareHandler } from 'hono';
import { pointer, problem, type FieldError } from './problem.js';

export const MAX_JSON_DEPTH = 32;

/** The media types Hono's validator parses as JSON: exactly these are guarded. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const UTF8 = /^utf-?8$/i;
const NUL = '\u0000';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Path = (string | number)[];

interface Finding {
  code: 'bad_request' | 'malformed_json';
  detail: string;
  error: FieldError;
}

const finding = (code: Finding['code'], detail: string, path: Path, fieldDetail: string): Finding => ({
  code,
  detail,
  error: { pointer: pointer('body', path), detail: fieldDetail },
});

const nulFound = (path: Path, inKey: boolean) =>
  finding(
    'bad_request',
    'The request body contains a NUL character (U+0000), which no field accepts.',
    path,
    inKey ? 'has a key containing a NUL character' : 'contains a NUL character',
  );

const surrogateFound = (path: Path, inKey: boolean) =>
  finding(
    'bad_request',
    'The request body contains an unpaired UTF-16 surrogate, which is not text.',
    path,
    inKey ? 'has a key containing an unpaired UTF-16 surrogate' : 'contains an unpaired UTF-16 surrogate',
  );

type Frame =
  | { kind: 'array'; index: number }
  /** `key` is the span of the member name's literal in the text, decoded only for a pointer. */
  | { kind: 'object'; key: [number, number] | undefined; expectKey: boolean };

function decodeKey(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}

/** The path of the current position: into the innermost container unless it awaits a key. */
function framePath(text: string, frames: Frame[]): Path {
  const path = frames.map((f) => (f.kind === 'array' ? f.index : f.key ? decodeKey(text.slice(...f.key)) : ''));
  const top = frames.at(-1);
  if (top?.kind === 'object' && top.expectKey) path.pop();
  return path;
}

/** The index of the quote that closes the string opened at `open`, or the text's length. */
function closingQuote(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/**
 * A lexical pass before parsing: nesting depth and raw NUL characters, with the path of where
 * they occur. It bounds the depth before `JSON.parse` and the validators recurse into the value.
 */
function scan(text: string, maxDepth: number): Finding | undefined {
  const frames: Frame[] = [];
  // Scanning stops at the first NUL, raw or inside a string: only that one matters.
  const firstNul = text.indexOf(NUL);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const top = frames.at(-1);
    if (ch === QUOTE) {
      const end = closingQuote(text, i);
      const inKey = top?.kind === 'object' && top.expectKey;
      if (firstNul >= 0 && firstNul < end) return nulFound(framePath(text, frames), inKey);
      if (inKey) top.key = [i, end + 1];
      i = end;
      continue;
    }
    switch (ch) {
      case 0:
        return nulFound(framePath(text, frames), false);
      case 0x5b: // [
      case 0x7b: // {
        if (frames.length >= maxDepth) {
          return finding(
            'bad_request',
            `The request body nests deeper than ${maxDepth} levels.`,
            framePath(text, frames),
            `nests deeper than ${maxDepth} levels`,
          );
        }
        frames.push(ch === 0x5b ? { kind: 'array', index: 0 } : { kind: 'object', key: undefined, expectKey: true });
        break;
      case 0x5d: // ]
      case 0x7d: // }
        frames.pop();
        break;
      case 0x2c: // ,
        if (top?.kind === 'array') top.index++;
        else if (top) {
          top.key = undefined;
          top.expectKey = true;
        }
        break;
      case 0x3a: // :
        if (top?.kind === 'object') top.expectKey = false;
        break;
    }
  }
  return undefined;
}

function badText(value: string, path: Path, inKey: boolean): Finding | undefined {
  if (value.includes(NUL)) return nulFound(path, inKey);
  if (LONE_SURROGATE.test(value)) return surrogateFound(path, inKey);
  return undefined;
}

/** Every string and key of a parsed value (its depth already bounded by `scan`). */
function inspect(value: unknown, path: Path): Finding | undefined {
  if (typeof value === 'string') return badText(value, path, false);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = inspect(value[i], path);
      path.pop();
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = badText(key, path, true);
      if (found) return found;
      path.push(key);
      const inner = inspect(item, path);
      path.pop();
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Where `JSON.parse` stopped, as V8 reports it, for a reader of the problem. */
function parseFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/unexpected end/i.test(message)) return 'is not valid JSON: it ends too early';
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? 'is not valid JSON' : `is not valid JSON (error at character ${position})`;
}

/** Why a JSON text cannot be taken, or undefined when it can. */
export function checkJsonText(text: string, maxDepth = MAX_JSON_DEPTH): Finding | undefined {
  const lexical = scan(text, maxDepth);
  if (lexical) return lexical;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return finding('malformed_json', 'The request body could not be parsed as JSON.', [], parseFailure(error));
  }
  return inspect(value, []);
}

export function jsonGuard(options: { maxDepth?: number } = {}): MiddlewareHandler {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.req.raw.body) return next();
    const contentType = c.req.header('Content-Type') ?? '';
    if (!JSON_MEDIA_TYPE.test(contentType.split(';')[0]!.trim())) return next();
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1];
    if (charset !== undefined && !UTF8.test(charset)) {
      const detail = 'charset must be utf-8 or absent';
      return problem(c, 'unsupported_media_type', `Send JSON in UTF-8: the ${detail}.`, {
        errors: [{ pointer: pointer('headers', ['content-type']), detail }],
      });
    }
    const bytes = await c.req.arrayBuffer();
    if (bytes.byteLength === 0) return next();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return problem(c, 'bad_request', 'The request body is not valid UTF-8.', {
        errors: [{ pointer: pointer('body'), detail: 'is not valid UTF-8' }],
      });
    }
    const found = checkJsonText(text, maxDepth);
    if (found) return problem(c, found.code, found.detail, { errors: [found.error] });
    return next();
  };
}
