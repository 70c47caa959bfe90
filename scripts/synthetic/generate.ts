/**
 * A deterministic, streaming generator of synthetic timeline data: rows for every table, table
 * by table in foreign-key order. Every row is a pure function of (seed, table, row number), so a
 * table can refer to rows of another (an event's participants, a citation's claim) by
 * recomputing them instead of keeping them; nothing proportional to the number of events is held
 * in memory. The same options always give the same rows.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { dateColumns, type DateColumns } from '../../src/db/dates.js';
import {
  actors,
  citations,
  eventRelations,
  events,
  eventTopics,
  memberships,
  participations,
  places,
  sources,
  statements,
  topics,
} from '../../src/db/schema/index.js';
import type {
  ActorKind,
  EventKind,
  EventStatus,
  ParticipationRole,
  PlaceKind,
  RelationType,
  SourceKind,
  StatementKind,
} from '../../src/domain/enums.js';
import type { AliasMap, LanguageMap } from '../../src/domain/language.js';
import { hash32, Rng, syntheticId, Zipf } from './random.js';
import * as V from './vocabulary.js';

export interface GenerateOptions {
  events: number;
  actors: number;
  seed: number;
  /** Average participants per event (default 3). */
  participationsPerEvent?: number;
  /** Average citations per event, counting those of its participations, statements and relations (default 2). */
  citationsPerEvent?: number;
}

export type ResolvedOptions = Required<GenerateOptions>;

export const TABLE_NAMES = [
  'places',
  'topics',
  'actors',
  'sources',
  'events',
  'event_topics',
  'participations',
  'memberships',
  'statements',
  'event_relations',
  'citations',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type Row = Record<string, unknown>;

export interface SyntheticTable {
  name: TableName;
  table: PgTable;
  /** Property names (drizzle's TS keys) of every row, in a fixed order. */
  columns: readonly string[];
  /** The table's rows, computed afresh on every iteration. */
  rows(): Iterable<Row>;
}

/** Sizes fixed by the options; the others (participations, citations…) follow from the draws. */
export interface PlannedSizes {
  places: number;
  topics: number;
  actors: number;
  sources: number;
  events: number;
  statements: number;
  /** An upper bound: a relation that would duplicate another is left out. */
  event_relations: number;
}

export interface SyntheticDataset {
  options: ResolvedOptions;
  planned: PlannedSizes;
  /** In foreign-key order. */
  tables: SyntheticTable[];
}

type PlaceRow = typeof places.$inferInsert;
type TopicRow = typeof topics.$inferInsert;
type ActorRow = typeof actors.$inferInsert;
type SourceRow = typeof sources.$inferInsert;
type EventRow = typeof events.$inferInsert;
type EventTopicRow = typeof eventTopics.$inferInsert;
type ParticipationRow = typeof participations.$inferInsert;
type MembershipRow = typeof memberships.$inferInsert;
type StatementRow = typeof statements.$inferInsert;
type RelationRow = typeof eventRelations.$inferInsert;
type CitationRow = typeof citations.$inferInsert;

const MAX_EVENTS = 50_000_000;
const MAX_ACTORS = 10_000_000;
const MAX_PARTICIPANTS = 60;

/** Validates the options and fills in the defaults; throws a RangeError naming the bad option. */
export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    events: options.events,
    actors: options.actors,
    seed: options.seed,
    participationsPerEvent: options.participationsPerEvent ?? 3,
    citationsPerEvent: options.citationsPerEvent ?? 2,
  };
  const integer = (name: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number between ${min} and ${max} (got ${value})`);
    }
  };
  const real = (name: string, value: number, min: number, max: number) => {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a number between ${min} and ${max} (got ${value})`);
    }
  };
  integer('events', resolved.events, 0, MAX_EVENTS);
  integer('actors', resolved.actors, 10, MAX_ACTORS);
  integer('seed', resolved.seed, 0, 0xffff_ffff);
  real('participationsPerEvent', resolved.participationsPerEvent, 1, 30);
  real('citationsPerEvent', resolved.citationsPerEvent, 0, 20);
  return resolved;
}

// Id tags: one per table; random streams use the tag plus STREAM.
const TAG = {
  places: 1,
  topics: 2,
  actors: 3,
  sources: 4,
  events: 5,
  participations: 6,
  memberships: 7,
  statements: 8,
  relations: 9,
  citations: 10,
} as const;
const STREAM = 1000;
const PARTICIPATION_SLOTS = 64;
const MEMBERSHIP_SLOTS = 32;

// Months 1950-01 … 2025-12; dates are denser toward recent years.
const FIRST_YEAR = 1950;
const MONTHS = (2025 - FIRST_YEAR + 1) * 12;
const LAST_INSTANT_MS = Date.UTC(2025, 11, 31, 23, 59, 59);
/** Sources are retrieved from the web, so not before the web archives begin. */
const WEB_ARCHIVE_MS = Date.UTC(2005, 0, 1);
const DAY_MS = 86_400_000;

/** A month index from a uniform draw: P(month < m) = 1 - (1 - m/MONTHS)^(1/3). */
function monthFromUniform(u: number): number {
  return Math.min(MONTHS - 1, Math.floor(MONTHS * (1 - u * u * u)));
}

/** The share of dates falling before month `m`. */
function monthCdf(m: number): number {
  if (m <= 0) return 0;
  if (m >= MONTHS) return 1;
  return 1 - Math.cbrt(1 - m / MONTHS);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const padN = (n: number, width: number) => String(n).padStart(width, '0');

function yearMonth(m: number): { y: number; mo: number } {
  return { y: FIRST_YEAR + Math.floor(m / 12), mo: (m % 12) + 1 };
}

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function monthOfTimestamp(ts: string): number {
  if (ts === 'infinity') return MONTHS - 1;
  if (ts === '-infinity') return 0;
  const m = (Number(ts.slice(0, 4)) - FIRST_YEAR) * 12 + Number(ts.slice(5, 7)) - 1;
  return Math.max(0, Math.min(MONTHS - 1, m));
}

function monthOfDate(cols: DateColumns): number {
  return monthOfTimestamp(cols.earliest !== '-infinity' ? cols.earliest : cols.latest);
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`index ${i} out of range (${items.length})`);
  return item;
}

/** Lowercase ASCII words joined by hyphens, as slugs require. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const capFirst = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Arabic without hamza on alef, as often typed. */
const stripHamza = (s: string) => s.replace(/[أإآ]/g, 'ا');
/** Arabic without short-vowel marks, shadda and tanween. */
const stripDiacritics = (s: string) => s.replace(/[\u064B-\u0652\u0670]/g, '');
/** A definite Arabic adjective made indefinite: الروسي → روسي, الكوري الجنوبي → كوري جنوبي. */
const indefinite = (s: string) =>
  s
    .split(' ')
    .map((w) => (w.startsWith('ال') ? w.slice(2) : w))
    .join(' ');

type Vars = Partial<Record<'A' | 'B' | 'T' | 'S' | 'P' | 'C' | 'N' | 'M' | 'F' | 'W' | 'adj', string>>;

/**
 * Fills a template: `{A}` is replaced by a variable, `{ in P}` by " in " and the variable or by
 * nothing when it is absent, and `[m|f]` by the form agreeing with `feminine`.
 */
function render(template: string, vars: Vars, feminine = false): string {
  return template
    .replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_, m: string, f: string) => (feminine ? f : m))
    .replace(/\{([^{}]*?)(adj|A|B|T|S|P|C|N|M|F|W)\}/g, (_, prefix: string, key: keyof Vars) => {
      const value = vars[key];
      return value === undefined ? '' : prefix + value;
    });
}

function uniqueStrings(values: string[], exclude: string, limit: number): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (v && v !== exclude && !out.includes(v)) out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}

/** An alias map with only the languages that have aliases. */
function aliasMap(en: string[], ar: string[]): AliasMap {
  const map: AliasMap = {};
  if (en.length) map.en = en;
  if (ar.length) map.ar = ar;
  return map;
}

interface PlaceSpec {
  index: number;
  id: string;
  slug: string;
  kind: PlaceKind;
  name: V.Bilingual;
  /** Running text: "the Red Sea". */
  text: V.Bilingual;
  parent: number | null;
  lat: number | null;
  lon: number | null;
  wikidataId: string | null;
  country: number | null;
  short: string;
}

interface TopicSpec {
  index: number;
  id: string;
  slug: string;
  name: V.Bilingual;
  phrase: V.Bilingual;
  description: V.Bilingual | null;
  country: number | null;
}

interface ActorSpec {
  index: number;
  id: string;
  kind: ActorKind;
  slug: string;
  name: V.Bilingual;
  aliases: AliasMap;
  description: V.Bilingual | null;
  wikidataId: string | null;
  /** Running text: "the United States", "the Ministry of Foreign Affairs of Russia". */
  text: V.Bilingual;
  /** Arabic verbs agreeing with this actor take the feminine form. */
  feminine: boolean;
  /** Index into COUNTRIES (= the state's actor index), or -1. */
  country: number;
  /** Coalitions: the year they were formed. */
  founded: number;
}

type ActorBase = Pick<ActorSpec, 'index' | 'id' | 'kind' | 'founded'>;

interface Participant {
  actor: number;
  role: ParticipationRole;
}

interface EventPlan {
  index: number;
  id: string;
  kind: EventKind;
  status: EventStatus;
  date: DateColumns;
  month: number;
  place: number | null;
  participants: Participant[];
  topics: number[];
  hasSummary: boolean;
  variant: number;
  othersInTitle: boolean;
}

interface StatementSpec {
  index: number;
  id: string;
  kind: StatementKind;
  speaker: number;
  event: number | null;
  lang: 'ar' | 'en';
  text: V.Bilingual;
  translations: LanguageMap;
  date: DateColumns | null;
  month: number;
}

interface RelationItem {
  row: RelationRow;
  subject: EventPlan;
  object: EventPlan;
  type: RelationType;
}

interface MembershipItem {
  row: MembershipRow;
  member: ActorSpec;
  organisation: ActorSpec;
  /** The post's Arabic template, with the state's adjective slot. */
  roleTemplate: V.Bilingual | null;
  month: number;
}

const ROLES: Record<EventKind, { lead: ParticipationRole[]; extra: ParticipationRole[] }> = {
  meeting: { lead: ['host', 'counterpart'], extra: ['attendee', 'participant'] },
  visit: { lead: ['visitor', 'host'], extra: ['attendee'] },
  consultation: { lead: ['participant', 'participant'], extra: ['attendee', 'mediator'] },
  negotiation: { lead: ['participant', 'participant'], extra: ['mediator', 'guarantor', 'attendee'] },
  conference: { lead: ['host', 'attendee'], extra: ['attendee', 'speaker', 'attendee'] },
  statement: { lead: ['speaker'], extra: ['subject'] },
  announcement: { lead: ['initiator'], extra: ['subject', 'participant'] },
  agreement: { lead: ['participant', 'participant'], extra: ['guarantor', 'mediator'] },
  dispute: { lead: ['proponent', 'obstructing_party'], extra: ['participant', 'mediator'] },
  process: { lead: ['initiator', 'participant'], extra: ['participant', 'guarantor', 'mediator'] },
  situation: { lead: ['subject'], extra: ['participant', 'obstructing_party'] },
  other: { lead: ['participant', 'participant'], extra: ['participant'] },
};

const POINT_KINDS: [EventKind, number][] = [
  ['meeting', 20],
  ['visit', 13],
  ['consultation', 10],
  ['negotiation', 9],
  ['statement', 14],
  ['announcement', 9],
  ['conference', 6],
  ['agreement', 7],
  ['dispute', 4],
  ['situation', 3],
  ['other', 5],
];

const SPAN_KINDS: [EventKind, number][] = [
  ['process', 25],
  ['situation', 20],
  ['dispute', 15],
  ['negotiation', 15],
  ['conference', 8],
  ['consultation', 5],
  ['other', 12],
];

type DateForm = 'day' | 'month' | 'vague' | 'year' | 'ongoing' | 'closed' | 'set' | 'season';

const DATE_FORMS: [DateForm, number][] = [
  ['day', 55],
  ['month', 15],
  ['vague', 10],
  ['year', 7],
  ['ongoing', 5],
  ['closed', 5],
  ['set', 2],
  ['season', 1],
];

const RELATION_WEIGHTS: [RelationType, number][] = [
  ['follows', 20],
  ['continues', 15],
  ['responds_to', 15],
  ['part_of', 15],
  ['concerns', 10],
  ['precedes', 10],
  ['contemporaneous_with', 8],
  ['causes', 7],
];
/** Relation types read forward in time: the subject comes after the object. */
const SUBJECT_LATER = new Set<RelationType>(['follows', 'continues', 'responds_to']);
const SUBJECT_EARLIER = new Set<RelationType>(['precedes', 'causes']);

const SOURCE_KINDS: [SourceKind, number][] = [
  ['article', 70],
  ['communique', 10],
  ['transcript', 6],
  ['report', 8],
  ['website', 3],
  ['book', 1],
  ['other', 2],
];

const DATE_CACHE_LIMIT = 500_000;

/** Everything the tables share: sizes, the small tables kept in memory, caches and samplers. */
class World {
  readonly seed: number;
  readonly tag: string;
  readonly nEvents: number;
  readonly nActors: number;
  readonly nStates: number;
  readonly nRealOrgs: number;
  readonly nCoalitions: number;
  readonly nSources: number;
  readonly nStatements: number;
  readonly nRelations: number;
  readonly places: PlaceSpec[];
  readonly capitalOf: number[];
  readonly placeByRank: number[];
  readonly topics: TopicSpec[];
  readonly topicsByCountry = new Map<number, number[]>();
  readonly actorZipf: Zipf;
  readonly stateZipf: Zipf;
  readonly nationalityZipf: Zipf;
  readonly placeZipf: Zipf;
  readonly topicZipf: Zipf;
  readonly countryZipf: Zipf;
  /** Average citations per claim of each kind. */
  readonly citationMeans: Record<'event' | 'participation' | 'statement' | 'relation' | 'membership', number>;
  private readonly actorCache: (ActorSpec | undefined)[];
  private readonly dateCache = new Map<string, DateColumns>();

  constructor(readonly options: ResolvedOptions) {
    const { seed, events: nEvents, actors: nActors } = options;
    this.seed = seed;
    this.tag = `s${seed}`;
    this.nEvents = nEvents;
    this.nActors = nActors;
    this.nStates = Math.min(V.COUNTRIES.length, Math.max(3, Math.round(nActors * 0.1)));
    this.nRealOrgs = Math.min(V.REAL_ORGANISATIONS.length, Math.round(nActors * 0.05));
    const rest = nActors - this.nStates - this.nRealOrgs;
    this.nCoalitions = Math.min(rest, nActors >= 50 ? Math.max(1, Math.round(nActors * 0.01)) : 0);
    this.nSources = nEvents === 0 ? 0 : Math.max(1, Math.ceil(nEvents / 20));
    this.nStatements = Math.round(nEvents * 0.3);
    this.nRelations = nEvents >= 2 ? Math.round(nEvents * 0.2) : 0;
    this.actorCache = new Array<ActorSpec | undefined>(nActors);

    const built = this.buildPlaces();
    this.places = built.list;
    this.capitalOf = built.capitals;
    this.placeByRank = this.rankPlaces(built.real);
    this.topics = this.buildTopics();
    for (const t of this.topics) {
      if (t.country === null) continue;
      const list = this.topicsByCountry.get(t.country) ?? [];
      list.push(t.index);
      this.topicsByCountry.set(t.country, list);
    }

    this.actorZipf = new Zipf(nActors, 1.0);
    this.stateZipf = new Zipf(this.nStates, 1.0);
    this.nationalityZipf = new Zipf(this.nStates, 0.8);
    this.placeZipf = new Zipf(this.places.length, 1.0);
    this.topicZipf = new Zipf(this.topics.length, 0.9);
    this.countryZipf = new Zipf(V.COUNTRIES.length, 0.9);

    // Claims other than events get a fixed share; events and participations take the rest.
    const persons = Math.max(0, rest - this.nCoalitions) * 0.85;
    const memberships = this.nCoalitions * 9 + persons * 0.33;
    const perClaim = { statement: 0.5, relation: 0.3, membership: 0.8 };
    const others =
      perClaim.statement * this.nStatements + perClaim.relation * this.nRelations + perClaim.membership * memberships;
    const budget = nEvents ? Math.max(0.5, options.citationsPerEvent - others / nEvents) : 0;
    this.citationMeans = { event: budget * 0.65, participation: budget * 0.35, ...perClaim };
  }

  planned(): PlannedSizes {
    return {
      places: this.places.length,
      topics: this.topics.length,
      actors: this.nActors,
      sources: this.nSources,
      events: this.nEvents,
      statements: this.nStatements,
      event_relations: this.nRelations,
    };
  }

  rng(tag: number, n: number, salt = 0): Rng {
    return new Rng(hash32(this.seed, STREAM + tag, n, salt));
  }

  id(tag: number, n: number): string {
    return syntheticId(this.seed, tag, n);
  }

  /** `dateColumns()` with a cache: parsing is slow and most date strings repeat. */
  dates(edtf: string): DateColumns {
    let cols = this.dateCache.get(edtf);
    if (!cols) {
      cols = dateColumns(edtf);
      if (this.dateCache.size >= DATE_CACHE_LIMIT) this.dateCache.clear();
      this.dateCache.set(edtf, cols);
    }
    return cols;
  }

  // Places: countries, their cities, regions, areas and sites, then synthetic towns.

  private buildPlaces(): { list: PlaceSpec[]; capitals: number[]; real: number } {
    const list: PlaceSpec[] = [];
    const capitals: number[] = [];
    const bySlug = new Map<string, number>();
    const add = (p: Omit<PlaceSpec, 'index' | 'id' | 'slug'> & { key: string }) => {
      const index = list.length;
      const { key, ...rest } = p;
      list.push({ ...rest, index, id: this.id(TAG.places, index), slug: `pl-${this.tag}-${padN(index, 4)}-${key}` });
      bySlug.set(key, index);
    };
    V.COUNTRIES.forEach((c, ci) =>
      add({
        key: c.slug,
        kind: 'country',
        name: { en: c.en, ar: c.ar },
        text: { en: c.the ? `the ${c.en}` : c.en, ar: c.ar },
        parent: null,
        lat: c.lat,
        lon: c.lon,
        wikidataId: c.wikidataId ?? null,
        country: ci,
        short: c.slug,
      }),
    );
    V.COUNTRIES.forEach((c, ci) => {
      capitals.push(list.length);
      for (const city of c.cities) {
        add({
          key: city.slug,
          kind: 'city',
          name: { en: city.en, ar: city.ar },
          text: { en: city.en, ar: city.ar },
          parent: bySlug.get(c.slug) ?? null,
          lat: city.lat,
          lon: city.lon,
          wikidataId: null,
          country: ci,
          short: city.slug,
        });
      }
    });
    for (const m of V.MINOR_PLACES) {
      const parent = m.parent === undefined ? null : (bySlug.get(m.parent) ?? null);
      add({
        key: m.slug,
        kind: m.kind,
        name: { en: m.en, ar: m.ar },
        text: { en: m.the ? `the ${m.en}` : m.en, ar: m.ar },
        parent,
        lat: m.lat,
        lon: m.lon,
        wikidataId: null,
        country: parent === null ? null : at(list, parent).country,
        short: m.slug,
      });
    }
    const real = list.length;
    const target = Math.min(2000, Math.max(real, real + Math.round(this.nEvents / 500)));
    const arabic = V.COUNTRIES.map((c, i) => (c.arabic ? i : -1)).filter((i) => i >= 0);
    const combos = V.TOWN_PREFIXES.length * V.TOWN_ROOTS.length * V.TOWN_SUFFIXES.length;
    for (let k = 0; list.length < target; k++) {
      const rng = this.rng(TAG.places, k);
      const combo = (k * 7919 + (this.seed % combos)) % combos;
      const prefix = at(V.TOWN_PREFIXES, combo % V.TOWN_PREFIXES.length);
      const root = at(V.TOWN_ROOTS, Math.floor(combo / V.TOWN_PREFIXES.length) % V.TOWN_ROOTS.length);
      const suffix = at(V.TOWN_SUFFIXES, Math.floor(combo / (V.TOWN_PREFIXES.length * V.TOWN_ROOTS.length)));
      const en = [prefix.en, root.en, suffix.en].filter(Boolean).join(' ');
      const ar = [prefix.ar, root.ar, prefix.feminine ? suffix.arF : suffix.arM].filter(Boolean).join(' ');
      const ci = at(arabic, rng.int(arabic.length));
      const country = at(V.COUNTRIES, ci);
      const capital = at(country.cities, 0);
      const lat = Math.max(-90, Math.min(90, capital.lat + (rng.next() - 0.5) * 5));
      const lon = Math.max(-180, Math.min(180, capital.lon + (rng.next() - 0.5) * 5));
      add({
        key: slugify(en),
        kind: 'city',
        name: { en, ar },
        text: { en, ar },
        parent: bySlug.get(country.slug) ?? null,
        lat: Math.round(lat * 10_000) / 10_000,
        lon: Math.round(lon * 10_000) / 10_000,
        wikidataId: null,
        country: ci,
        short: slugify(en),
      });
    }
    return { list, capitals, real };
  }

  /** Popularity order for events' places: capitals, other real cities, countries, the rest. */
  private rankPlaces(real: number): number[] {
    const ranked = [...this.capitalOf];
    const seen = new Set(ranked);
    const take = (keep: (p: PlaceSpec) => boolean) => {
      for (const p of this.places) {
        if (!seen.has(p.index) && keep(p)) {
          ranked.push(p.index);
          seen.add(p.index);
        }
      }
    };
    take((p) => p.kind === 'city' && p.index < real);
    take((p) => p.kind === 'country');
    take(() => true);
    return ranked;
  }

  // Topics: the named ones, then themes about countries, favouring the first countries and themes.

  private buildTopics(): TopicSpec[] {
    const target = 300;
    const list: TopicSpec[] = [];
    const add = (t: Omit<TopicSpec, 'index' | 'id' | 'slug' | 'description'>) => {
      const index = list.length;
      const rng = this.rng(TAG.topics, index);
      const description = rng.chance(0.3)
        ? { en: `Events concerning ${t.phrase.en}`, ar: `أحداث تتعلق بـ${t.phrase.ar}` }
        : null;
      const slug = `tp-${this.tag}-${padN(index, 3)}-${slugify(t.name.en)}`;
      list.push({ ...t, index, id: this.id(TAG.topics, index), slug, description });
    };
    for (const t of V.FIXED_TOPICS) {
      add({ name: { en: t.name, ar: t.ar }, phrase: { en: t.phrase, ar: t.ar }, country: null });
    }
    const combos: { theme: number; country: number; score: number }[] = [];
    V.TOPIC_THEMES.forEach((_, theme) =>
      V.COUNTRIES.forEach((__, country) => {
        const jitter = hash32(this.seed, STREAM + TAG.topics, theme, country) / 2 ** 32;
        combos.push({ theme, country, score: country + theme * 0.6 + jitter * 12 });
      }),
    );
    combos.sort((a, b) => a.score - b.score);
    for (const { theme, country } of combos.slice(0, target - list.length)) {
      const th = at(V.TOPIC_THEMES, theme);
      const c = at(V.COUNTRIES, country);
      const vars: Vars = { C: c.the ? `the ${c.en}` : c.en, M: c.adjM };
      const arVars: Vars = { C: c.ar, M: c.adjM };
      add({
        name: { en: capFirst(render(th.name, vars)), ar: render(th.ar, arVars) },
        phrase: { en: render(th.phrase, vars), ar: render(th.ar, arVars) },
        country,
      });
    }
    return list;
  }

  // Actors: states first, then well-known organisations, then a mix of persons, organisations and coalitions.

  kindOf(i: number): ActorKind {
    if (i < this.nStates) return 'state';
    if (i < this.nStates + this.nRealOrgs) return 'organisation';
    const r = i - this.nStates - this.nRealOrgs;
    const rest = this.nActors - this.nStates - this.nRealOrgs;
    if (Math.floor(((r + 1) * this.nCoalitions) / rest) > Math.floor((r * this.nCoalitions) / rest)) return 'coalition';
    return hash32(this.seed, STREAM + TAG.actors, i, 99) / 2 ** 32 < 0.15 ? 'organisation' : 'person';
  }

  actor(i: number): ActorSpec {
    let spec = this.actorCache[i];
    if (!spec) {
      spec = this.buildActor(i);
      this.actorCache[i] = spec;
    }
    return spec;
  }

  private buildActor(i: number): ActorSpec {
    const kind = this.kindOf(i);
    const rng = this.rng(TAG.actors, i);
    const base = { index: i, id: this.id(TAG.actors, i), kind, founded: 0 };
    const slug = (en: string) => {
      const word = slugify(en).slice(0, 48).replace(/-+$/, '');
      return `ac-${this.tag}-${padN(i, 6)}${word ? `-${word}` : ''}`;
    };
    if (kind === 'state') {
      const c = at(V.COUNTRIES, i);
      return {
        ...base,
        slug: slug(c.en),
        name: { en: c.en, ar: c.ar },
        aliases: aliasMap(c.enAlt, uniqueStrings([...c.arAlt, stripHamza(c.ar)], c.ar, 4)),
        description: { en: 'Sovereign state', ar: 'دولة ذات سيادة' },
        wikidataId: c.wikidataId ?? null,
        text: { en: c.the ? `the ${c.en}` : c.en, ar: c.ar },
        feminine: !c.arMasculine,
        country: i,
      };
    }
    if (i < this.nStates + this.nRealOrgs) {
      const o = at(V.REAL_ORGANISATIONS, i - this.nStates);
      return {
        ...base,
        slug: slug(o.slug),
        name: { en: o.en, ar: o.ar },
        aliases: aliasMap(o.enAlt, uniqueStrings([...o.arAlt, stripHamza(o.ar)], o.ar, 4)),
        description: o.description,
        wikidataId: null,
        text: { en: /^[A-Z]{3,}$/.test(o.en) ? o.en : `the ${o.en}`, ar: o.ar },
        feminine: o.feminine,
        country: -1,
      };
    }
    if (kind === 'coalition') return this.buildCoalition(base, rng, slug);
    if (kind === 'organisation') return this.buildOrganisation(base, rng, slug);
    return this.buildPerson(base, rng, slug);
  }

  private buildCoalition(base: ActorBase, rng: Rng, slug: (en: string) => string): ActorSpec {
    const form = rng.pick(V.COALITION_FORMS);
    const c = at(V.COUNTRIES, this.countryZipf.sample(rng));
    const founded = 2025 - Math.floor(35 * Math.pow(rng.next(), 1.5));
    const plainEn = render(form.en, { C: c.the ? `the ${c.en}` : c.en });
    const plainAr = render(form.ar, { C: c.ar });
    const en = `${plainEn} (${founded})`;
    const ar = `${plainAr} (${founded})`;
    return {
      ...base,
      slug: slug(`${plainEn} ${founded}`),
      name: { en, ar },
      aliases: aliasMap([plainEn], uniqueStrings([plainAr, stripHamza(plainAr)], ar, 2)),
      description: { en: 'Diplomatic grouping', ar: 'تجمع دبلوماسي' },
      wikidataId: null,
      text: { en: `the ${plainEn}`, ar: plainAr },
      feminine: true,
      country: -1,
      founded,
    };
  }

  private buildOrganisation(base: ActorBase, rng: Rng, slug: (en: string) => string): ActorSpec {
    const ci = this.nationalityZipf.sample(rng);
    const c = at(V.COUNTRIES, ci);
    const cEn = c.the ? `the ${c.en}` : c.en;
    const form = rng.weighted<'body' | 'embassy' | 'movement'>([
      ['body', 50],
      ['embassy', 15],
      ['movement', 35],
    ]);
    if (form === 'embassy') {
      let host = at(V.COUNTRIES, this.countryZipf.sample(rng));
      if (host === c) host = at(V.COUNTRIES, (ci + 1) % V.COUNTRIES.length);
      const city = at(host.cities, 0);
      const en = `Embassy of ${cEn} in ${city.en}`;
      const ar = `سفارة ${c.ar} في ${city.ar}`;
      return {
        ...base,
        slug: slug(en),
        name: { en, ar },
        aliases: aliasMap(
          [`${c.adj} Embassy in ${city.en}`],
          uniqueStrings([`السفارة ${c.adjF} في ${city.ar}`, stripHamza(ar)], ar, 3),
        ),
        description: { en: 'Diplomatic mission', ar: 'بعثة دبلوماسية' },
        wikidataId: null,
        text: { en: `the ${en}`, ar },
        feminine: true,
        country: ci,
      };
    }
    if (form === 'body') {
      const b = rng.pick(V.NATIONAL_BODIES);
      const vars: Vars = { C: cEn, adj: c.adj, M: c.adjM, F: c.adjF };
      const arVars: Vars = { C: c.ar, M: c.adjM, F: c.adjF };
      const en = render(b.en, vars);
      const ar = render(b.ar, arVars);
      return {
        ...base,
        slug: slug(en),
        name: { en, ar },
        aliases: aliasMap(
          uniqueStrings(b.enAlt.map((t) => render(t, vars)), en, 3),
          uniqueStrings([...b.arAlt.map((t) => render(t, arVars)), stripHamza(ar)], ar, 3),
        ),
        description: b.description,
        wikidataId: null,
        text: { en: `the ${en}`, ar },
        feminine: b.feminine,
        country: ci,
      };
    }
    const m = rng.pick(V.MOVEMENT_FORMS);
    const w = rng.pick(V.MOVEMENT_WORDS);
    const en = render(m.en, { adj: c.adj, W: w.en, N: c.en });
    const ar = render(m.ar, { W: w.ar, M: c.adjM, F: c.adjF, C: c.ar });
    return {
      ...base,
      slug: slug(en),
      name: { en, ar },
      aliases: aliasMap([], uniqueStrings([stripHamza(ar)], ar, 1)),
      description: m.description,
      wikidataId: null,
      text: { en: `the ${en}`, ar },
      feminine: m.feminine,
      country: ci,
    };
  }

  private buildPerson(base: ActorBase, rng: Rng, slug: (en: string) => string): ActorSpec {
    const ci = this.nationalityZipf.sample(rng);
    const c = at(V.COUNTRIES, ci);
    const pool = V.NAMES[c.names];
    const first = rng.pick(pool.given);
    const female = first.feminine === true;
    const givens = [first];
    if (pool.doubleGiven && rng.chance(0.25)) {
      const second = rng.pick(pool.given.filter((g) => (g.feminine === true) === female && g !== first));
      givens.push(second);
    }
    const family = rng.pick(pool.family);
    const ending = female && pool.feminineEnding ? pool.feminineEnding : { en: '', ar: '' };
    const forms = (part: V.NamePart, script: 'en' | 'ar') =>
      script === 'en' ? [part.en, ...(part.enAlt ?? [])] : [part.ar, ...(part.arAlt ?? [])];
    const compose = (given: string, fam: string) => (pool.familyFirst ? `${fam} ${given}` : `${given} ${fam}`);
    const variants = (script: 'en' | 'ar') => {
      const givenForms = givens.reduce<string[]>(
        (acc, g) => acc.flatMap((prefix) => forms(g, script).map((f) => (prefix ? `${prefix} ${f}` : f))),
        [''],
      );
      const end = script === 'en' ? ending.en : ending.ar;
      const familyForms = forms(family, script).map((f) => f + end);
      return givenForms.flatMap((g) => familyForms.map((f) => compose(g, f)));
    };
    const enForms = variants('en');
    const arForms = variants('ar');
    const en = at(enForms, 0);
    const ar = at(arForms, 0);
    const enAliases = [...enForms.slice(1)];
    if (!pool.familyFirst && rng.chance(0.3)) enAliases.push(`${en.charAt(0)}. ${family.en}${ending.en}`);
    const arAliases = [...arForms.slice(1), stripHamza(ar), stripDiacritics(ar)];
    const profession = rng.pick(V.PROFESSIONS);
    const description = rng.chance(0.8)
      ? {
          en: `${c.adj} ${profession.en}`,
          ar: `${female ? profession.arF : profession.arM} ${indefinite(female ? c.adjF : c.adjM)}`,
        }
      : null;
    return {
      ...base,
      slug: slug(en),
      name: { en, ar },
      aliases: aliasMap(
        uniqueStrings(rng.chance(0.5) ? enAliases : enAliases.slice(0, 2), en, 4),
        uniqueStrings(arAliases, ar, 4),
      ),
      description,
      wikidataId: null,
      text: { en, ar },
      feminine: female,
      country: ci,
    };
  }

  /** A person drawn by popularity; another kind only if the draws find none. */
  randomPerson(rng: Rng): number {
    for (let t = 0; t < 64; t++) {
      const a = this.actorZipf.sample(rng);
      if (this.kindOf(a) === 'person') return a;
    }
    const start = rng.int(this.nActors);
    for (let k = 0; k < this.nActors; k++) {
      const a = (start + k) % this.nActors;
      if (this.kindOf(a) === 'person') return a;
    }
    return start;
  }

  randomOrganisation(rng: Rng): number | null {
    for (let t = 0; t < 64; t++) {
      const a = this.actorZipf.sample(rng);
      if (this.kindOf(a) === 'organisation') return a;
    }
    return null;
  }

  // Events.

  private eventDate(rng: Rng): { edtf: string; form: DateForm } {
    const form = rng.weighted(DATE_FORMS);
    const m = monthFromUniform(rng.next());
    const { y, mo } = yearMonth(m);
    const d = 1 + rng.int(daysIn(y, mo));
    const ym = `${y}-${pad2(mo)}`;
    const ymd = `${ym}-${pad2(d)}`;
    switch (form) {
      case 'day':
        return { edtf: ymd, form };
      case 'month':
        return { edtf: ym, form };
      case 'year':
        return { edtf: String(y), form };
      case 'season':
        return { edtf: `${y}-${21 + rng.int(4)}`, form };
      case 'set':
        return { edtf: `[..${ym}]`, form };
      case 'vague': {
        const shape = rng.weighted<string>([
          [`${ym}~`, 40],
          [`${ymd}?`, 25],
          [`${ymd}~`, 15],
          [`${ym}?`, 10],
          [`${ymd}%`, 5],
          [`${y}~`, 5],
        ]);
        return { edtf: shape, form };
      }
      case 'ongoing': {
        const recent = Math.max(m, monthFromUniform(rng.next()));
        const r = yearMonth(recent);
        const month = `${r.y}-${pad2(r.mo)}`;
        const start = rng.chance(0.6) ? `${month}-${pad2(1 + rng.int(daysIn(r.y, r.mo)))}` : month;
        return { edtf: `${start}/..`, form };
      }
      case 'closed': {
        const startMs = Date.UTC(y, mo - 1, d);
        if (rng.chance(0.6)) {
          if (rng.chance(0.7)) {
            const end = new Date(Math.min(LAST_INSTANT_MS, startMs + (1 + rng.int(14)) * DAY_MS));
            return { edtf: `${ymd}/${end.toISOString().slice(0, 10)}`, form };
          }
          const endM = Math.min(MONTHS - 1, m + 1 + rng.int(12));
          const e = yearMonth(endM);
          return { edtf: `${ymd}/${e.y}-${pad2(e.mo)}`, form };
        }
        if (rng.chance(0.7)) {
          const endM = Math.min(MONTHS - 1, m + 1 + rng.int(36));
          const e = yearMonth(endM);
          return { edtf: `${ym}/${e.y}-${pad2(e.mo)}`, form };
        }
        return { edtf: `${y}/${Math.min(2025, y + 1 + rng.int(10))}`, form };
      }
    }
  }

  /** The decisions behind event `i`, shared by every table that refers to it. */
  eventPlan(i: number): EventPlan {
    const rng = this.rng(TAG.events, i);
    let { edtf, form } = this.eventDate(rng);
    let date: DateColumns;
    try {
      date = this.dates(edtf);
    } catch {
      edtf = edtf.split('/')[0] as string;
      form = 'day';
      date = this.dates(edtf);
    }
    const span = form === 'ongoing' || form === 'closed' || form === 'set';
    let kind = rng.weighted(span ? SPAN_KINDS : POINT_KINDS);
    if (form === 'ongoing' && kind === 'conference') kind = 'process';
    const month = monthOfDate(date);
    let status: EventStatus;
    if (form === 'ongoing') status = rng.chance(0.9) ? 'ongoing' : 'unknown';
    else if (month >= MONTHS - 4 && rng.chance(0.6)) status = 'planned';
    else status = rng.weighted<EventStatus>([
      ['concluded', 96],
      ['cancelled', 1.5],
      ['unknown', 2.5],
    ]);

    const { lead, extra } = ROLES[kind];
    const p = this.options.participationsPerEvent;
    const wanted = Math.min(MAX_PARTICIPANTS, this.nActors, lead.length + rng.geometric(Math.max(0, p - lead.length)));
    const participants: Participant[] = [];
    const chosen = new Set<number>();
    for (let j = 0; j < wanted; j++) {
      let a = -1;
      for (let t = 0; t < 12 && a < 0; t++) {
        const candidate = this.actorZipf.sample(rng);
        if (!chosen.has(candidate)) a = candidate;
      }
      if (a < 0) {
        if (j >= lead.length) break;
        const start = rng.int(this.nActors);
        for (let k = 0; k < this.nActors && a < 0; k++) {
          const candidate = (start + k) % this.nActors;
          if (!chosen.has(candidate)) a = candidate;
        }
      }
      chosen.add(a);
      participants.push({ actor: a, role: j < lead.length ? at(lead, j) : rng.pick(extra) });
    }

    let place: number | null = null;
    if (kind === 'visit' || rng.chance(0.66)) {
      const anchor = (kind === 'visit' ? participants[1] : participants[0])?.actor;
      if (anchor !== undefined && anchor < this.nStates && rng.chance(0.45)) place = at(this.capitalOf, anchor);
      if (place === null || place < 0) place = at(this.placeByRank, this.placeZipf.sample(rng));
    }

    const topicCount = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
    const topicIds: number[] = [];
    const local = place === null ? undefined : this.topicsByCountry.get(at(this.places, place).country ?? -1);
    if (local && rng.chance(0.4)) topicIds.push(rng.pick(local));
    for (let t = 0; topicIds.length < topicCount && t < 20; t++) {
      const topic = this.topicZipf.sample(rng);
      if (!topicIds.includes(topic)) topicIds.push(topic);
    }

    return {
      index: i,
      id: this.id(TAG.events, i),
      kind,
      status,
      date,
      month,
      place,
      participants,
      topics: topicIds,
      hasSummary: rng.chance(0.9),
      variant: rng.int(8),
      othersInTitle: participants.length >= 3 && rng.chance(0.3),
    };
  }

  private and(i: number): string {
    return (hash32(this.seed, 77, i) & 3) === 0 ? ' و ' : ' و';
  }

  eventText(plan: EventPlan): { title: V.Bilingual; summary: V.Bilingual | null } {
    const a = this.actor(at(plan.participants, 0).actor);
    const second = plan.participants[1];
    const b = second ? this.actor(second.actor) : null;
    const topic = at(this.topics, at(plan.topics, 0));
    const place = plan.place === null ? null : at(this.places, plan.place);
    const noun = V.EVENT_NOUNS[plan.kind];
    const and = this.and(plan.index);
    const inP = { en: place ? ` in ${place.text.en}` : '', ar: place ? ` في ${place.text.ar}` : '' };
    const pair = (en: string, ar: string): V.Bilingual =>
      b
        ? plan.othersInTitle
          ? {
              en: `${en} between ${a.text.en}, ${b.text.en} and other parties`,
              ar: `${ar} بين ${a.text.ar}${and}${b.text.ar} وأطراف أخرى`,
            }
          : { en: `${en} between ${a.text.en} and ${b.text.en}`, ar: `${ar} بين ${a.text.ar}${and}${b.text.ar}` }
        : { en: `${en} involving ${a.text.en}`, ar: `${ar} بمشاركة ${a.text.ar}` };
    let title: V.Bilingual;
    switch (plan.kind) {
      case 'visit':
        title = {
          en: `Visit by ${a.text.en} to ${place?.text.en ?? b?.text.en}`,
          ar: `زيارة ${a.text.ar} إلى ${place?.text.ar ?? b?.text.ar}`,
        };
        break;
      case 'statement':
        title = {
          en: `Statement by ${a.text.en} on ${topic.phrase.en}`,
          ar: `تصريح ${a.text.ar} حول ${topic.phrase.ar}`,
        };
        break;
      case 'announcement':
        title = {
          en: `Announcement by ${a.text.en} on ${topic.phrase.en}`,
          ar: `إعلان ${a.text.ar} بشأن ${topic.phrase.ar}`,
        };
        break;
      case 'situation':
        title = place
          ? { en: `Situation in ${place.text.en}`, ar: `الوضع في ${place.text.ar}` }
          : { en: `Developments concerning ${topic.phrase.en}`, ar: `تطورات بشأن ${topic.phrase.ar}` };
        break;
      case 'conference':
        title = { en: `Conference on ${topic.phrase.en}${inP.en}`, ar: `مؤتمر حول ${topic.phrase.ar}${inP.ar}` };
        break;
      case 'process':
        title = { en: `Diplomatic track on ${topic.phrase.en}`, ar: `المسار الدبلوماسي حول ${topic.phrase.ar}` };
        break;
      case 'agreement': {
        const p = pair('Agreement', 'اتفاق');
        title = { en: `${p.en} on ${topic.phrase.en}`, ar: `${p.ar} بشأن ${topic.phrase.ar}` };
        break;
      }
      case 'dispute': {
        const p = pair('Dispute', 'خلاف');
        title = { en: `${p.en} over ${topic.phrase.en}`, ar: `${p.ar} حول ${topic.phrase.ar}` };
        break;
      }
      default: {
        const p = pair(noun.en, noun.ar);
        title = { en: p.en + inP.en, ar: p.ar + inP.ar };
      }
    }
    title = { en: capFirst(title.en), ar: title.ar };
    if (!plan.hasSummary) return { title, summary: null };
    const templates = V.SUMMARIES[plan.kind];
    const template = at(templates, plan.variant % templates.length);
    const others = { en: 'other parties', ar: 'أطراف أخرى' };
    const en = render(template.en, {
      A: a.text.en,
      B: b?.text.en ?? others.en,
      T: topic.phrase.en,
      ...(place ? { P: place.text.en } : {}),
    });
    const ar = render(
      template.ar.replace(' و{B}', `${and}{B}`),
      { A: a.text.ar, B: b?.text.ar ?? others.ar, T: topic.phrase.ar, ...(place ? { P: place.text.ar } : {}) },
      a.feminine,
    );
    return { title, summary: { en: capFirst(en), ar } };
  }

  eventSlug(plan: EventPlan): string {
    const noun = V.EVENT_NOUNS[plan.kind].slug;
    const place = plan.place === null ? '' : `-${at(this.places, plan.place).short}`;
    return `ev-${this.tag}-${padN(plan.index, 7)}-${noun}${place}`;
  }

  participationId(event: number, slot: number): string {
    return this.id(TAG.participations, event * PARTICIPATION_SLOTS + slot);
  }

  // Sources: each belongs to a month, in proportion to how many events fall in it.

  sourceMonth(j: number): number {
    const p = (j + 0.5) / this.nSources;
    return Math.min(MONTHS - 1, Math.floor(MONTHS * (1 - Math.pow(1 - p, 3))));
  }

  sourceOutlet(j: number): V.Outlet {
    return at(V.OUTLETS, hash32(this.seed, STREAM + TAG.sources, j, 7) % V.OUTLETS.length);
  }

  sourceKind(j: number): SourceKind {
    return new Rng(hash32(this.seed, STREAM + TAG.sources, j, 8)).weighted(SOURCE_KINDS);
  }

  /** A source published in (or, a quarter of the time, after) the given month. */
  sourceFor(month: number, rng: Rng): number {
    let m = month;
    if (rng.chance(0.25)) m = Math.min(MONTHS - 1, m + 1 + rng.geometric(3));
    const lo = this.nSources * monthCdf(m);
    const hi = this.nSources * monthCdf(m + 1);
    return Math.max(0, Math.min(this.nSources - 1, Math.floor(lo + rng.next() * (hi - lo))));
  }

  // Statements.

  statementSpec(s: number): StatementSpec {
    const rng = this.rng(TAG.statements, s);
    const linked = this.nEvents > 0 && rng.chance(0.85);
    const plan = linked ? this.eventPlan(rng.int(this.nEvents)) : null;
    const persons = plan ? plan.participants.filter((p) => this.kindOf(p.actor) === 'person') : [];
    const speaker = persons.length && rng.chance(0.8) ? rng.pick(persons).actor : this.randomPerson(rng);
    const speakerSpec = this.actor(speaker);
    const kind: StatementKind = rng.chance(0.55) ? 'direct_quote' : 'reported_speech';
    const lang = rng.chance(0.6) ? 'ar' : 'en';
    const topic = at(this.topics, plan ? at(plan.topics, 0) : this.topicZipf.sample(rng));
    const placeCountry = plan && plan.place !== null ? at(this.places, plan.place).country : null;
    const stateParticipant = plan?.participants.find((p) => p.actor < this.nStates)?.actor;
    const country = at(V.COUNTRIES, placeCountry ?? stateParticipant ?? this.countryZipf.sample(rng));
    const other = this.actor(this.stateZipf.sample(rng));
    const vars = {
      T: topic.phrase.en,
      P: country.the ? `the ${country.en}` : country.en,
      A: other.text.en,
      S: speakerSpec.text.en,
    };
    const arVars = { T: topic.phrase.ar, P: country.ar, A: other.text.ar, S: speakerSpec.text.ar };
    let text: V.Bilingual;
    if (kind === 'direct_quote') {
      const q = rng.pick(V.QUOTES);
      text = { en: capFirst(render(q.en, vars)), ar: render(q.ar, arVars) };
    } else {
      const r = rng.pick(V.REPORTED);
      text = { en: render(r.en, vars), ar: render(speakerSpec.feminine ? r.arF : r.ar, arVars) };
    }
    const translations: LanguageMap = rng.chance(0.85) ? (lang === 'ar' ? { en: text.en } : { ar: text.ar }) : {};

    let date: DateColumns | null = null;
    if (plan) {
      const roll = rng.next();
      if (roll < 0.1) date = null;
      else if (plan.date.precision === 'day' && !plan.date.date.includes('/') && roll < 0.8) date = plan.date;
      else if (plan.date.earliest !== '-infinity') {
        const from = Date.parse(plan.date.earliest);
        const until = plan.date.latest === 'infinity' ? from + 365 * DAY_MS : Date.parse(plan.date.latest);
        const to = Math.min(LAST_INSTANT_MS, until);
        const day = new Date(from + rng.next() * Math.max(0, to - from)).toISOString().slice(0, 10);
        date = this.dates(day);
      }
    } else if (rng.chance(0.9)) {
      const { y, mo } = yearMonth(monthFromUniform(rng.next()));
      date = this.dates(rng.chance(0.85) ? `${y}-${pad2(mo)}-${pad2(1 + rng.int(daysIn(y, mo)))}` : `${y}-${pad2(mo)}`);
    }
    const month = date ? monthOfDate(date) : plan ? plan.month : monthFromUniform(rng.next());
    return {
      index: s,
      id: this.id(TAG.statements, s),
      kind,
      speaker,
      event: plan ? plan.index : null,
      lang,
      text,
      translations,
      date,
      month,
    };
  }

  // Relations: between events close in number, oriented in time where the type says so.

  *relationItems(): Generator<RelationItem> {
    const E = this.nEvents;
    const R = this.nRelations;
    const window = Math.ceil((410 * R) / Math.max(1, E)) + 4;
    const recent = new Map<string, number>();
    const order: string[] = [];
    let n = 0;
    for (let r = 0; r < R; r++) {
      const rng = this.rng(TAG.relations, r);
      const base = R <= E ? Math.floor((r * E) / R) : r % E;
      let item: { s: number; o: number; type: RelationType } | null = null;
      for (let attempt = 0; attempt < 10 && !item; attempt++) {
        const d = 1 + Math.min(199, rng.geometric(8));
        let o = rng.chance(0.5) ? base + d : base - d;
        if (o < 0 || o >= E) o = base + d < E ? base + d : base - d;
        if (o < 0 || o >= E) o = (base + 1) % E;
        if (o === base) continue;
        const type = rng.weighted(RELATION_WEIGHTS);
        let s = base;
        if (SUBJECT_LATER.has(type) || SUBJECT_EARLIER.has(type)) {
          const sPlan = this.eventPlan(s);
          const oPlan = this.eventPlan(o);
          const sFirst = sPlan.date.earliest <= oPlan.date.earliest;
          if ((SUBJECT_LATER.has(type) && sFirst) || (SUBJECT_EARLIER.has(type) && !sFirst)) [s, o] = [o, s];
        }
        if (!recent.has(`${s}|${type}|${o}`)) item = { s, o, type };
      }
      if (!item) continue;
      const key = `${item.s}|${item.type}|${item.o}`;
      recent.set(key, r);
      order.push(key);
      while (order.length > window) recent.delete(order.shift() as string);
      const subject = this.eventPlan(item.s);
      const object = this.eventPlan(item.o);
      const note = rng.chance(0.2) ? rng.pick(V.RELATION_NOTES) : null;
      const row: RelationRow = {
        id: this.id(TAG.relations, n++),
        subjectId: subject.id,
        type: item.type,
        objectId: object.id,
        note: note ? { en: note.en, ar: note.ar } : null,
      };
      yield { row, subject, object, type: item.type };
    }
  }

  // Memberships: member states of coalitions, and posts held by about 30% of persons.

  *membershipItems(): Generator<MembershipItem> {
    for (let a = 0; a < this.nActors; a++) {
      const kind = this.kindOf(a);
      if (kind !== 'coalition' && kind !== 'person') continue;
      const rng = this.rng(TAG.memberships, a);
      const actor = this.actor(a);
      let slot = 0;
      const make = (
        memberId: number,
        organisationId: number,
        mkind: 'member' | 'post',
        role: V.Bilingual | null,
        roleTemplate: V.Bilingual | null,
        start: string | null,
        end: string | null,
      ): MembershipItem => {
        const s = start ? this.dates(start) : null;
        const e = end ? this.dates(end) : null;
        const row: MembershipRow = {
          id: this.id(TAG.memberships, a * MEMBERSHIP_SLOTS + slot++),
          kind: mkind,
          memberId: this.actor(memberId).id,
          organizationId: this.actor(organisationId).id,
          role: role ? { en: role.en, ar: role.ar } : null,
          start,
          end,
          earliest: s ? s.earliest : '-infinity',
          latest: e ? e.latest : 'infinity',
        };
        const month = s ? monthOfDate(s) : 0;
        return { row, member: this.actor(memberId), organisation: this.actor(organisationId), roleTemplate, month };
      };
      if (kind === 'coalition') {
        const max = Math.min(20, this.nStates);
        const count = Math.min(max, 3 + Math.floor(rng.next() * rng.next() * (max - 2)));
        const members = new Set<number>();
        for (let t = 0; members.size < count && t < count * 20; t++) members.add(this.stateZipf.sample(rng));
        for (let k = 0; members.size < count && k < this.nStates; k++) members.add(k);
        for (const state of members) {
          const founding = rng.chance(0.6);
          const startYear = founding ? actor.founded : Math.min(2025, actor.founded + 1 + rng.int(5));
          const start = rng.chance(0.7) ? String(startYear) : `${startYear}-${pad2(1 + rng.int(12))}`;
          const end = rng.chance(0.15) && startYear < 2025 ? String(Math.min(2025, startYear + 1 + rng.int(8))) : null;
          const role = rng.chance(0.5) ? (founding ? at(V.MEMBER_ROLES, 1) : rng.pick(V.MEMBER_ROLES)) : null;
          yield make(state, a, 'member', role, null, start, end);
        }
        continue;
      }
      if (!rng.chance(0.3)) continue;
      const posts = rng.chance(0.1) ? 2 : 1;
      let endYear = 2025;
      for (let k = 0; k < posts; k++) {
        const atState = rng.chance(0.7) || this.nRealOrgs === 0;
        const home = actor.country < this.nStates ? actor.country : this.stateZipf.sample(rng);
        const organisation = atState ? home : this.randomOrganisation(rng);
        if (organisation === null || organisation === a) continue;
        const template = atState ? rng.pick(V.STATE_POSTS) : rng.pick(V.ORGANISATION_POSTS);
        const role = { en: template.en, ar: template.ar.replace(/ ?\{[MF]\}/g, '') };
        const startYear = Math.max(FIRST_YEAR + 10, endYear - 1 - rng.int(12));
        const precision = rng.next();
        const start =
          precision < 0.5
            ? String(startYear)
            : precision < 0.85
              ? `${startYear}-${pad2(1 + rng.int(12))}`
              : `${startYear}-${pad2(1 + rng.int(12))}-${pad2(1 + rng.int(28))}`;
        const current = k === 0 && rng.chance(0.45);
        const end = current ? null : String(Math.min(2025, startYear + 1 + rng.int(8)));
        yield make(a, organisation, 'post', role, atState ? template : null, start, end);
        endYear = startYear;
      }
    }
  }

  // Citations' excerpts, in the source's language.

  eventExcerpt(plan: EventPlan, lang: 'ar' | 'en'): string {
    const { title, summary } = this.eventText(plan);
    return (summary ?? title)[lang];
  }

  participationExcerpt(plan: EventPlan, p: Participant, lang: 'ar' | 'en', variant: number): string {
    const actor = this.actor(p.actor);
    const noun = V.EVENT_NOUNS[plan.kind].the;
    const present = p.role === 'attendee' || p.role === 'mediator' || p.role === 'guarantor';
    const en = present
      ? [`${capFirst(noun.en)}, in the presence of ${actor.text.en}`, `${capFirst(actor.text.en)} attended ${noun.en}.`]
      : [
          `${capFirst(actor.text.en)} took part in ${noun.en}.`,
          `${capFirst(noun.en)}, with the participation of ${actor.text.en}`,
        ];
    const ar = present
      ? [`${noun.ar} بحضور ${actor.text.ar}`, `و[حضر|حضرت] ${actor.text.ar} ${noun.ar}`]
      : [`${noun.ar} بمشاركة ${actor.text.ar}`, `و[شارك|شاركت] في ${noun.ar} ${actor.text.ar}`];
    return lang === 'en' ? at(en, variant % en.length) : render(at(ar, variant % ar.length), {}, actor.feminine);
  }

  membershipExcerpt(item: MembershipItem, lang: 'ar' | 'en'): string {
    const { member, organisation, row, roleTemplate } = item;
    const role = row.role ?? null;
    if (row.kind === 'member') {
      return lang === 'en'
        ? `${capFirst(member.text.en)} is a member of ${organisation.text.en}.`
        : `${member.text.ar} عضو في ${organisation.text.ar}`;
    }
    if (roleTemplate && organisation.country >= 0) {
      const c = at(V.COUNTRIES, organisation.country);
      return lang === 'en'
        ? `${c.adj} ${roleTemplate.en} ${member.text.en}`
        : `${render(roleTemplate.ar, { M: c.adjM, F: c.adjF })} ${member.text.ar}`;
    }
    return lang === 'en'
      ? `${member.text.en}, ${role?.en ?? 'official'} of ${organisation.text.en}`
      : `${member.text.ar}، ${role?.ar ?? 'مسؤول'} في ${organisation.text.ar}`;
  }

  relationExcerpt(item: RelationItem, lang: 'ar' | 'en'): string {
    const subject = this.eventText(item.subject).title;
    const object = this.eventText(item.object).title;
    const phrase = V.RELATION_PHRASES[item.type];
    return lang === 'en'
      ? `${subject.en}, ${phrase.en} the ${lowerFirst(object.en)}`
      : `${subject.ar} ${phrase.ar}${object.ar}`;
  }

  locator(kind: SourceKind, rng: Rng): string | null {
    switch (kind) {
      case 'article':
      case 'communique':
        return rng.chance(0.75) ? `paragraph ${1 + rng.int(12)}` : null;
      case 'report':
      case 'book':
        return `p. ${1 + rng.int(kind === 'book' ? 400 : 60)}`;
      case 'transcript':
        return `${pad2(rng.int(2))}:${pad2(rng.int(60))}:${pad2(rng.int(60))}`;
      default:
        return null;
    }
  }
}

const COLUMNS = {
  places: ['id', 'slug', 'kind', 'name', 'parentId', 'latitude', 'longitude', 'wikidataId'],
  topics: ['id', 'slug', 'name', 'description'],
  actors: ['id', 'slug', 'kind', 'name', 'aliases', 'description', 'wikidataId'],
  sources: [
    'id',
    'slug',
    'kind',
    'title',
    'publisher',
    'url',
    'lang',
    'published',
    'publishedEarliest',
    'publishedLatest',
    'retrievedAt',
  ],
  events: ['id', 'slug', 'kind', 'status', 'title', 'summary', 'date', 'earliest', 'latest', 'precision', 'placeId'],
  event_topics: ['eventId', 'topicId'],
  participations: ['id', 'eventId', 'actorId', 'role', 'note'],
  memberships: ['id', 'kind', 'memberId', 'organizationId', 'role', 'start', 'end', 'earliest', 'latest'],
  statements: [
    'id',
    'kind',
    'speakerId',
    'eventId',
    'originalText',
    'originalLang',
    'translations',
    'date',
    'earliest',
    'latest',
    'precision',
  ],
  event_relations: ['id', 'subjectId', 'type', 'objectId', 'note'],
  citations: [
    'id',
    'sourceId',
    'excerpt',
    'excerptLang',
    'locator',
    'eventId',
    'participationId',
    'membershipId',
    'statementId',
    'relationId',
  ],
} as const satisfies {
  places: readonly (keyof PlaceRow)[];
  topics: readonly (keyof TopicRow)[];
  actors: readonly (keyof ActorRow)[];
  sources: readonly (keyof SourceRow)[];
  events: readonly (keyof EventRow)[];
  event_topics: readonly (keyof EventTopicRow)[];
  participations: readonly (keyof ParticipationRow)[];
  memberships: readonly (keyof MembershipRow)[];
  statements: readonly (keyof StatementRow)[];
  event_relations: readonly (keyof RelationRow)[];
  citations: readonly (keyof CitationRow)[];
};

function* placeRows(w: World): Generator<PlaceRow> {
  for (const p of w.places) {
    yield {
      id: p.id,
      slug: p.slug,
      kind: p.kind,
      name: { en: p.name.en, ar: p.name.ar },
      parentId: p.parent === null ? null : at(w.places, p.parent).id,
      latitude: p.lat,
      longitude: p.lon,
      wikidataId: p.wikidataId,
    };
  }
}

function* topicRows(w: World): Generator<TopicRow> {
  for (const t of w.topics) {
    const description = t.description ? { en: t.description.en, ar: t.description.ar } : null;
    yield { id: t.id, slug: t.slug, name: { en: t.name.en, ar: t.name.ar }, description };
  }
}

function* actorRows(w: World): Generator<ActorRow> {
  for (let i = 0; i < w.nActors; i++) {
    const a = w.actor(i);
    yield {
      id: a.id,
      slug: a.slug,
      kind: a.kind,
      name: { en: a.name.en, ar: a.name.ar },
      aliases: a.aliases,
      description: a.description ? { en: a.description.en, ar: a.description.ar } : null,
      wikidataId: a.wikidataId,
    };
  }
}

function* sourceRows(w: World): Generator<SourceRow> {
  for (let j = 0; j < w.nSources; j++) {
    const rng = w.rng(TAG.sources, j);
    const outlet = w.sourceOutlet(j);
    const kind = w.sourceKind(j);
    const month = w.sourceMonth(j);
    const { y, mo } = yearMonth(month);
    const day = 1 + rng.int(daysIn(y, mo));
    const a = w.actor(w.actorZipf.sample(rng));
    let b = w.actor(w.actorZipf.sample(rng));
    if (b === a) b = w.actor((a.index + 1) % w.nActors);
    const topic = at(w.topics, w.topicZipf.sample(rng));
    const headline = rng.pick(V.HEADLINES[kind]);
    const vars = { A: a.text.en, B: b.text.en, T: topic.phrase.en };
    const arVars = { A: a.text.ar, B: b.text.ar, T: topic.phrase.ar };
    const title: LanguageMap = {};
    if (outlet.lang === 'ar' || rng.chance(0.3)) title.ar = render(headline.ar, arVars);
    if (outlet.lang === 'en' || rng.chance(0.4)) title.en = capFirst(render(headline.en, vars));
    const shape = rng.next();
    const ym = `${y}-${pad2(mo)}`;
    const published = shape < 0.08 ? null : shape < 0.8 ? `${ym}-${pad2(day)}` : shape < 0.95 ? ym : `${ym}~`;
    const cols = published ? w.dates(published) : null;
    const hasUrl = kind === 'book' || kind === 'transcript' ? rng.chance(0.4) : rng.chance(0.9);
    const url = hasUrl
      ? `https://www.${outlet.domain}.example/${outlet.lang}/${y}/${pad2(mo)}/${pad2(day)}/${100_000 + j}`
      : null;
    const publishedMs = Date.UTC(y, mo - 1, day);
    const retrievedAfterMs = (rng.chance(0.8) ? rng.int(30) : rng.int(1100)) * DAY_MS + rng.int(DAY_MS);
    const retrievedAt = rng.chance(0.7)
      ? new Date(Math.min(LAST_INSTANT_MS, Math.max(publishedMs, WEB_ARCHIVE_MS) + retrievedAfterMs)).toISOString()
      : null;
    yield {
      id: w.id(TAG.sources, j),
      slug: `src-${w.tag}-${padN(j, 6)}-${outlet.domain}`,
      kind,
      title,
      publisher: { en: outlet.en, ar: outlet.ar },
      url,
      lang: outlet.lang,
      published,
      publishedEarliest: cols ? cols.earliest : null,
      publishedLatest: cols ? cols.latest : null,
      retrievedAt,
    };
  }
}

function* eventRows(w: World): Generator<EventRow> {
  for (let i = 0; i < w.nEvents; i++) {
    const plan = w.eventPlan(i);
    const { title, summary } = w.eventText(plan);
    yield {
      id: plan.id,
      slug: w.eventSlug(plan),
      kind: plan.kind,
      status: plan.status,
      title: { ar: title.ar, en: title.en },
      summary: summary ? { ar: summary.ar, en: summary.en } : null,
      date: plan.date.date,
      earliest: plan.date.earliest,
      latest: plan.date.latest,
      precision: plan.date.precision,
      placeId: plan.place === null ? null : at(w.places, plan.place).id,
    };
  }
}

function* eventTopicRows(w: World): Generator<EventTopicRow> {
  for (let i = 0; i < w.nEvents; i++) {
    const plan = w.eventPlan(i);
    for (const t of plan.topics) yield { eventId: plan.id, topicId: at(w.topics, t).id };
  }
}

function* participationRows(w: World): Generator<ParticipationRow> {
  for (let i = 0; i < w.nEvents; i++) {
    const plan = w.eventPlan(i);
    const rng = w.rng(TAG.participations, i);
    for (let j = 0; j < plan.participants.length; j++) {
      const p = at(plan.participants, j);
      let note: LanguageMap | null = null;
      const roll = rng.next();
      if (roll < 0.05 && p.actor < w.nStates) {
        const c = at(V.COUNTRIES, p.actor);
        note = { en: `${c.adj} side`, ar: `الجانب ${c.adjM}` };
      } else if (roll < 0.1) {
        const n = rng.pick(V.PARTICIPATION_NOTES);
        note = { en: n.en, ar: n.ar };
      }
      yield { id: w.participationId(i, j), eventId: plan.id, actorId: w.actor(p.actor).id, role: p.role, note };
    }
  }
}

function* membershipRows(w: World): Generator<MembershipRow> {
  for (const item of w.membershipItems()) yield item.row;
}

function* statementRows(w: World): Generator<StatementRow> {
  for (let s = 0; s < w.nStatements; s++) {
    const spec = w.statementSpec(s);
    yield {
      id: spec.id,
      kind: spec.kind,
      speakerId: w.actor(spec.speaker).id,
      eventId: spec.event === null ? null : w.eventPlan(spec.event).id,
      originalText: spec.text[spec.lang],
      originalLang: spec.lang,
      translations: spec.translations,
      date: spec.date ? spec.date.date : null,
      earliest: spec.date ? spec.date.earliest : '-infinity',
      latest: spec.date ? spec.date.latest : 'infinity',
      precision: spec.date ? spec.date.precision : null,
    };
  }
}

function* relationRows(w: World): Generator<RelationRow> {
  for (const item of w.relationItems()) yield item.row;
}

/** Citations of events and participations, then statements, relations and memberships. */
function* citationRows(w: World): Generator<CitationRow> {
  let n = 0;
  const means = w.citationMeans;
  type Excerpt = (lang: 'ar' | 'en') => string;
  const cite = (rng: Rng, month: number, claim: Partial<CitationRow>, excerpt: Excerpt): CitationRow => {
    const source = w.sourceFor(month, rng);
    const lang = w.sourceOutlet(source).lang;
    return {
      id: w.id(TAG.citations, n++),
      sourceId: w.id(TAG.sources, source),
      excerpt: excerpt(lang),
      excerptLang: lang,
      locator: w.locator(w.sourceKind(source), rng),
      eventId: claim.eventId ?? null,
      participationId: claim.participationId ?? null,
      membershipId: claim.membershipId ?? null,
      statementId: claim.statementId ?? null,
      relationId: claim.relationId ?? null,
    };
  };
  if (w.nSources === 0) return;
  for (let i = 0; i < w.nEvents; i++) {
    const plan = w.eventPlan(i);
    const rng = w.rng(TAG.citations, i);
    const eventCount = means.event >= 1 ? 1 + rng.geometric(means.event - 1) : rng.chance(means.event) ? 1 : 0;
    for (let k = 0; k < eventCount; k++) {
      yield cite(rng, plan.month, { eventId: plan.id }, (lang) => w.eventExcerpt(plan, lang));
    }
    const participationCount = Math.min(plan.participants.length * 2, rng.geometric(means.participation));
    for (let k = 0; k < participationCount; k++) {
      const slot = rng.int(plan.participants.length);
      const p = at(plan.participants, slot);
      const variant = rng.int(2);
      yield cite(rng, plan.month, { participationId: w.participationId(i, slot) }, (lang) =>
        w.participationExcerpt(plan, p, lang, variant),
      );
    }
  }
  for (let s = 0; s < w.nStatements; s++) {
    const rng = w.rng(TAG.citations, s, 1);
    const count = rng.around(means.statement);
    if (count === 0) continue;
    const spec = w.statementSpec(s);
    for (let k = 0; k < count; k++) yield cite(rng, spec.month, { statementId: spec.id }, (lang) => spec.text[lang]);
  }
  let r = 0;
  for (const item of w.relationItems()) {
    const rng = w.rng(TAG.citations, r++, 2);
    const count = rng.around(means.relation);
    for (let k = 0; k < count; k++) {
      const claim = { relationId: item.row.id as string };
      yield cite(rng, item.subject.month, claim, (lang) => w.relationExcerpt(item, lang));
    }
  }
  let m = 0;
  for (const item of w.membershipItems()) {
    const rng = w.rng(TAG.citations, m++, 3);
    const count = rng.around(means.membership);
    for (let k = 0; k < count; k++) {
      yield cite(rng, item.month, { membershipId: item.row.id as string }, (lang) => w.membershipExcerpt(item, lang));
    }
  }
}

/** The dataset for the options: table descriptors whose rows are generated on iteration. */
export function generateDataset(options: GenerateOptions): SyntheticDataset {
  const resolved = resolveOptions(options);
  const w = new World(resolved);
  type Rows = (w: World) => Iterable<object>;
  const table = (name: TableName, pg: PgTable, columns: readonly string[], rows: Rows): SyntheticTable => ({
    name,
    table: pg,
    columns,
    rows: () => rows(w) as Iterable<Row>,
  });
  return {
    options: resolved,
    planned: w.planned(),
    tables: [
      table('places', places, COLUMNS.places, placeRows),
      table('topics', topics, COLUMNS.topics, topicRows),
      table('actors', actors, COLUMNS.actors, actorRows),
      table('sources', sources, COLUMNS.sources, sourceRows),
      table('events', events, COLUMNS.events, eventRows),
      table('event_topics', eventTopics, COLUMNS.event_topics, eventTopicRows),
      table('participations', participations, COLUMNS.participations, participationRows),
      table('memberships', memberships, COLUMNS.memberships, membershipRows),
      table('statements', statements, COLUMNS.statements, statementRows),
      table('event_relations', eventRelations, COLUMNS.event_relations, relationRows),
      table('citations', citations, COLUMNS.citations, citationRows),
    ],
  };
}
