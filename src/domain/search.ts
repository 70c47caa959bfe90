/**
 * The web-search query language of `q`: words, "quoted phrases", prefixes (`const*`), `OR`
 * (or `|`) between two terms, and `-` to exclude a term. Anything else is punctuation and is
 * ignored, so no input is a syntax error: a query either has something to search for or is a
 * 400 saying it has not.
 *
 * The parse yields a `to_tsquery` expression over the `timeline_search` configuration, in which
 * every word is single-quoted and holds only letters, marks and digits, so nothing a user types
 * can reach the tsquery syntax.
 */

/** The longest `q` accepted, in characters. */
export const MAX_QUERY_LENGTH = 256;
/** The most terms (words and phrases) one query may hold. */
export const MAX_QUERY_TERMS = 16;

export interface SearchTerm {
  /** The words of the term: one for a word, several for a phrase. */
  words: string[];
  /** `const*`: the last word is a prefix. */
  prefix: boolean;
  /** `-word`: documents containing the term are excluded. */
  excluded: boolean;
}

export interface ParsedSearch {
  /** The query as given. */
  text: string;
  /** Clauses combined with AND; the terms of one clause with OR. */
  clauses: SearchTerm[][];
  /** The `to_tsquery` text (before normalisation, which the database applies). */
  tsquery: string;
  /** The same without its exclusions: what ranking weighs (`ts_rank` scores negations poorly). */
  rankTsquery: string;
  /** Any of the searched terms: which passages a snippet shows and highlights. */
  anyTsquery: string;
  /** The searched words, space-separated, for trigram similarity against names. */
  plain: string;
}

export class SearchSyntaxError extends Error {}

// Letters, combining marks (Arabic tashkeel among them) and digits make words; everything else separates them.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * What `search_normalize()` (migration 0004) removes: tashkeel with tanween, the superscript
 * alef, Quranic marks and tatweel. The two lists must stay the same.
 */
export const REMOVED_MARKS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/gu;

/** The words of a piece of a query, without those that would normalise to nothing. */
const wordsOf = (text: string): string[] =>
  (text.match(WORD) ?? []).map((word) => word.replace(REMOVED_MARKS, '')).filter((word) => word !== '');

interface Token {
  kind: 'term' | 'or';
  words: string[];
  prefix: boolean;
  excluded: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let excluded = false;
    if (ch === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1]!)) {
      excluded = true;
      i++;
    }
    if (input[i] === '"') {
      // A phrase runs to the next quote, or to the end when the quote is never closed.
      const end = input.indexOf('"', i + 1);
      const body = input.slice(i + 1, end === -1 ? input.length : end);
      i = end === -1 ? input.length : end + 1;
      const words = wordsOf(body);
      if (words.length) tokens.push({ kind: 'term', words, prefix: false, excluded });
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input[end]!) && input[end] !== '"') end++;
    const raw = input.slice(i, end);
    i = end;
    if (!excluded && (raw === 'OR' || raw === '|')) {
      tokens.push({ kind: 'or', words: [], prefix: false, excluded: false });
      continue;
    }
    const words = wordsOf(raw);
    if (!words.length) continue;
    // `al-Assad` or `U.N.` hold several words: they are searched as a phrase.
    tokens.push({ kind: 'term', words, prefix: raw.endsWith('*'), excluded });
  }
  return tokens;
}

const quote = (word: string) => `'${word}'`;

function termQuery(term: SearchTerm): string {
  const body =
    term.words.length === 1
      ? quote(term.words[0]!) + (term.prefix ? ':*' : '')
      : term.words.map((word, index) => quote(word) + (term.prefix && index === term.words.length - 1 ? ':*' : '')).join(' <-> ');
  const grouped = term.words.length > 1 ? `(${body})` : body;
  return term.excluded ? `!${grouped}` : grouped;
}

/** Parses `q`; throws a `SearchSyntaxError` when there is nothing to search for. */
export function parseSearch(text: string): ParsedSearch {
  const tokens = tokenize(text.normalize('NFC'));
  const clauses: SearchTerm[][] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      // `OR` joins the terms on either side; leading, trailing or repeated ones are ignored.
      joinNext = clauses.length > 0;
      continue;
    }
    const term: SearchTerm = { words: token.words, prefix: token.prefix, excluded: token.excluded };
    const last = clauses.at(-1);
    if (joinNext && last && !term.excluded && !last.some((t) => t.excluded)) last.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  const terms = clauses.flat();
  if (terms.length === 0) throw new SearchSyntaxError('has no words to search for');
  if (terms.length > MAX_QUERY_TERMS) throw new SearchSyntaxError(`has more than ${MAX_QUERY_TERMS} words and phrases`);
  if (clauses.every((clause) => clause.every((t) => t.excluded))) {
    throw new SearchSyntaxError('only excludes words; give at least one word to search for');
  }
  const toText = (kept: SearchTerm[][]) =>
    kept.map((clause) => (clause.length > 1 ? `(${clause.map(termQuery).join(' | ')})` : termQuery(clause[0]!))).join(' & ');
  const tsquery = toText(clauses);
  const rankTsquery = toText(clauses.filter((clause) => !clause.some((t) => t.excluded)));
  const anyTsquery = terms
    .filter((t) => !t.excluded)
    .map(termQuery)
    .join(' | ');
  const plain = terms
    .filter((t) => !t.excluded)
    .flatMap((t) => t.words)
    .join(' ');
  return { text, clauses, tsquery, rankTsquery, anyTsquery, plain };
}
