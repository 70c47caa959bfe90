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
