/**
 * The shape of seed data: plain, typed records that refer to each other by slug (or by a stable
 * key where a record has no slug). The seed runner turns slugs and keys into stable UUIDs.
 */
import type {
  ActorKind,
  EventKind,
  EventStatus,
  MembershipKind,
  ParticipationRole,
  PlaceKind,
  RelationType,
  SourceKind,
  StatementKind,
} from '../domain/enums.js';
import type { AliasMap, LanguageMap } from '../domain/language.js';

/** A source backing one claim, with the excerpt quoted exactly as the source writes it. */
export interface SeedCitation {
  source: string; // source slug
  excerpt: string;
  excerptLang: string;
  locator?: string;
}

export interface SeedSource {
  slug: string;
  kind: SourceKind;
  title: LanguageMap;
  publisher?: LanguageMap;
  url?: string;
  lang: string;
  /** EDTF; vague when the source is undated. */
  published?: string;
}

export interface SeedPlace {
  slug: string;
  kind: PlaceKind;
  name: LanguageMap;
  parent?: string; // place slug
  latitude?: number;
  longitude?: number;
  wikidataId?: string;
}

export interface SeedTopic {
  slug: string;
  name: LanguageMap;
  description?: LanguageMap;
}

export interface SeedActor {
  slug: string;
  kind: ActorKind;
  name: LanguageMap;
  aliases?: AliasMap;
  description?: LanguageMap;
  wikidataId?: string;
}

export interface SeedMembership {
  key: string; // unique among memberships
  kind: MembershipKind;
  member: string; // actor slug
  organization: string; // actor slug
  role?: LanguageMap;
  start?: string; // EDTF
  end?: string; // EDTF
  citations: SeedCitation[];
}

export interface SeedParticipant {
  actor: string; // actor slug
  role: ParticipationRole;
  note?: LanguageMap;
  citations: SeedCitation[];
}

export interface SeedEvent {
  slug: string;
  kind: EventKind;
  status: EventStatus;
  title: LanguageMap;
  summary?: LanguageMap;
  date: string; // EDTF
  place?: string; // place slug
  topics: string[]; // topic slugs
  participants: SeedParticipant[];
  citations: SeedCitation[];
}

export interface SeedRelation {
  subject: string; // event slug
  type: RelationType;
  object: string; // event slug
  note?: LanguageMap;
  citations: SeedCitation[];
}

export interface SeedStatement {
  key: string; // unique among statements
  kind: StatementKind;
  speaker: string; // actor slug
  event?: string; // event slug
  originalText: string;
  originalLang: string;
  translations: LanguageMap;
  date?: string; // EDTF
  citations: SeedCitation[];
}

export interface SeedData {
  sources: SeedSource[];
  places: SeedPlace[];
  topics: SeedTopic[];
  actors: SeedActor[];
  memberships: SeedMembership[];
  events: SeedEvent[];
  relations: SeedRelation[];
  statements: SeedStatement[];
}
