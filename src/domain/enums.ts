/**
 * The closed vocabularies of the domain. The database enforces them with check constraints
 * and the API documents them as enums; both are generated from these lists.
 */
export const EVENT_KINDS = [
  'meeting',
  'consultation',
  'negotiation',
  'statement',
  'announcement',
  'process',
  'situation',
  'dispute',
  'agreement',
  'conference',
  'visit',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['ongoing', 'concluded', 'planned', 'cancelled', 'unknown'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ACTOR_KINDS = ['person', 'organisation', 'state', 'coalition'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** `post`: a person holding a post in an organisation or state; `member`: belonging to a group. */
export const MEMBERSHIP_KINDS = ['post', 'member'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

export const PARTICIPATION_ROLES = [
  'host',
  'visitor',
  'counterpart',
  'attendee',
  'mediator',
  'guarantor',
  'proponent',
  'obstructing_party',
  'initiator',
  'speaker',
  'subject',
  'participant',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const STATEMENT_KINDS = ['direct_quote', 'reported_speech'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Typed links between two events, read as "subject <type> object". */
export const RELATION_TYPES = [
  'part_of',
  'continues',
  'precedes',
  'follows',
  'responds_to',
  'concerns',
  'contemporaneous_with',
  'causes',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const PLACE_KINDS = ['city', 'country', 'region', 'area', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const SOURCE_KINDS = ['article', 'communique', 'transcript', 'report', 'book', 'website', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const DATE_PRECISIONS = [
  'time',
  'day',
  'month',
  'season',
  'year',
  'decade',
  'century',
  'millennium',
  'unknown',
] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The column of `citations` that points at each kind of claim. */
export const CLAIM_COLUMNS = ['eventId', 'participationId', 'membershipId', 'statementId', 'relationId'] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];
