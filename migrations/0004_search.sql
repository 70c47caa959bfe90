-- Full-text and name search. Written by hand: drizzle-kit does not model text-search
-- configurations or functions. The columns and indexes below are kept out of the drizzle table
-- definitions on purpose (see src/db/search.ts), so no `select()` ever reads a tsvector.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Arabic and English in one configuration: ASCII words go through the English stemmer, other
-- words (Arabic script among them) through the Arabic one; numbers and the rest stay as written.
CREATE TEXT SEARCH CONFIGURATION timeline_search (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION timeline_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION timeline_search
  ALTER MAPPING FOR word, hword, hword_part WITH arabic_stem;
--> statement-breakpoint
-- The normalisation applied to indexed text and to queries alike: NFC; alef with hamza or madda
-- and alef wasla to bare alef; alef maqsura to ya; ta marbuta to ha; tashkeel (tanween
-- included), the superscript alef, Quranic marks and tatweel removed; the conjunction و or ف
-- written onto a definite article replaced by a space (والمشاورات → " المشاورات": the Arabic
-- stemmer leaves such words whole, while it strips بال، كال and لل itself); lower case.
-- Each character maps to one character, except the marks removed: snippets rely on it.
CREATE FUNCTION search_normalize(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT lower(regexp_replace(
      regexp_replace(
        translate(normalize(input, NFC), 'أإآٱىة', 'اااايه'),
        '[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]', '', 'g'),
      '(^|[^\u0621-\u063A\u0641-\u064A\u066E-\u06D3])([وف])(ال[\u0621-\u063A\u0641-\u064A\u066E-\u06D3]{2})', '\1 \3', 'g'))
  $$;
--> statement-breakpoint
-- Every value of a language map (`{"en": "…", "ar": "…"}`), space-separated. Anything but an
-- object counts as empty, so that the check constraints, not this, reject a malformed map.
CREATE FUNCTION search_values(map jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(value, ' ' ORDER BY key), '')
    FROM jsonb_each_text(CASE WHEN jsonb_typeof(map) = 'object' THEN map ELSE '{}'::jsonb END)
  $$;
--> statement-breakpoint
-- Every value of a language map, normalised, as one weighted document.
CREATE FUNCTION search_document(map jsonb, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('timeline_search'::regconfig, search_normalize(search_values(map))), weight)
  $$;
--> statement-breakpoint
-- Every alias of an alias map (`{"en": ["…", "…"], "ar": ["…"]}`), space-separated.
CREATE FUNCTION search_aliases(map jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(alias, ' ' ORDER BY lang, n), '')
    FROM jsonb_each(CASE WHEN jsonb_typeof(map) = 'object' THEN map ELSE '{}'::jsonb END) AS langs(lang, names),
      LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(names) = 'array' THEN names ELSE '[]'::jsonb END) WITH ORDINALITY AS a(alias, n)
  $$;
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_document("title", 'A') || search_document("summary", 'B')
) STORED;
--> statement-breakpoint
ALTER TABLE "actors" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_document("name", 'A')
  || setweight(to_tsvector('timeline_search'::regconfig, search_normalize(search_aliases("aliases"))), 'A')
  || search_document("description", 'C')
) STORED;
--> statement-breakpoint
-- Names and aliases, normalised, for trigram similarity across spellings and scripts.
ALTER TABLE "actors" ADD COLUMN "search_names" text GENERATED ALWAYS AS (
  search_normalize(search_values("name") || ' ' || search_aliases("aliases"))
) STORED;
--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('timeline_search'::regconfig, search_normalize("original_text")), 'A')
  || search_document("translations", 'A')
) STORED;
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  search_document("title", 'A') || search_document("publisher", 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "actors_search_idx" ON "actors" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "actors_search_names_idx" ON "actors" USING gin ("search_names" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "sources_search_idx" ON "sources" USING gin ("search_vector");
