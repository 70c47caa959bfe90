/**
 * Multilingual text is a language map: `{ "ar": "…", "en": "…" }`, keyed by BCP 47 tags.
 */
export type LanguageMap = Record<string, string>;
/** Alternative names per language: `{ "en": ["Lavrentyev", "Lavrentev"], "ar": ["لافرنتييف"] }`. */
export type AliasMap = Record<string, string[]>;

/** A pragmatic BCP 47 check: a 2–3 letter language, then optional script/region/variant subtags. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** The same pattern for SQL check constraints (POSIX regular expression). */
export const LANGUAGE_TAG_SQL_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** Languages from an `Accept-Language` header, most preferred first (q=0 and `*` dropped). */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((l) => l.tag !== '*' && l.weight > 0 && LANGUAGE_TAG_PATTERN.test(l.tag))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((l) => l.tag)
    .slice(0, 10);
}

const FALLBACKS = ['en', 'ar'];

/**
 * The text of a language map in the first language that has it: each preferred language, then
 * its base language (`ar-SY` → `ar`), then English, then Arabic, then the first key in order.
 */
export function resolveLanguage(map: LanguageMap, preferred: readonly string[]): { label: string; labelLang: string } | undefined {
  const keys = Object.keys(map).filter((k) => typeof map[k] === 'string' && map[k] !== '');
  if (keys.length === 0) return undefined;
  const lower = new Map(keys.map((k) => [k.toLowerCase(), k]));
  const candidates: string[] = [];
  for (const tag of preferred) {
    candidates.push(tag.toLowerCase());
    const base = tag.toLowerCase().split('-')[0] as string;
    candidates.push(base);
  }
  candidates.push(...FALLBACKS);
  for (const candidate of candidates) {
    const exact = lower.get(candidate);
    if (exact) return { label: map[exact] as string, labelLang: exact };
    // A regional variant in the data for a base language asked for: `ar` finds `ar-SY`.
    const regional = keys.find((k) => k.toLowerCase().startsWith(`${candidate}-`));
    if (regional) return { label: map[regional] as string, labelLang: regional };
  }
  const first = [...keys].sort()[0] as string;
  return { label: map[first] as string, labelLang: first };
}

function isLanguageMap(value: unknown): value is LanguageMap {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * Adds `label`/`labelLang` to every object in a response that has a multilingual `title`,
 * `name` or `role`, and to statements (original text and translations together).
 */
export function addLabels<T>(value: T, preferred: readonly string[]): T {
  if (Array.isArray(value)) {
    for (const item of value) addLabels(item, preferred);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const child of Object.values(record)) if (typeof child === 'object' && child !== null) addLabels(child, preferred);
  let map: LanguageMap | undefined;
  if (typeof record.originalText === 'string' && typeof record.originalLang === 'string' && isLanguageMap(record.translations)) {
    map = { ...record.translations, [record.originalLang]: record.originalText };
  } else {
    const field = ['title', 'name', 'role'].find((k) => isLanguageMap(record[k]));
    if (field) map = record[field] as LanguageMap;
  }
  if (map) {
    const resolved = resolveLanguage(map, preferred);
    if (resolved) Object.assign(record, resolved);
  }
  return value;
}
