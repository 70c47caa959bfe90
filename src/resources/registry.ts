/**
 * Every resource the API stores, in one place: its collection name (the path segment and the
 * `resource` of its revisions), its table, whether it has a slug, the unique constraints a
 * client can collide with, and its OpenAPI tag. The change feed, the references by id or slug,
 * the database errors, the routers and the document's tags all derive from this list; the
 * routers themselves are listed in `routers.ts`, keyed by the same names.
 *
 * Adding a resource starts here: see docs/adding-a-resource.md.
 */
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  actors,
  citations,
  eventRelations,
  events,
  memberships,
  participations,
  places,
  sources,
  statements,
  topics,
} from '../db/schema/index.js';
import { ApiError } from '../http/problem.js';

interface ResourceEntry {
  /** The singular noun, in messages: "No event has the id or slug …". */
  noun: string;
  table: PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };
  /** Whether records have a unique slug, so that a path or a filter may name them by it. */
  slugged: boolean;
  /** Unique constraints, each with the request field it protects (a 409 points at it). */
  unique: Record<string, string>;
  tag: { name: string; description: string };
}

export const RESOURCES = {
  events: {
    noun: 'event',
    table: events,
    slugged: true,
    unique: { events_slug_key: 'slug', event_topics_pkey: 'topicIds' },
    tag: {
      name: 'Events',
      description: 'Meetings, processes, disputes, statements and situations, with their dates, places, participants and sources.',
    },
  },
  actors: {
    noun: 'actor',
    table: actors,
    slugged: true,
    unique: { actors_slug_key: 'slug' },
    tag: {
      name: 'Actors',
      description:
        'People, organisations, states and coalitions: their names and spellings, the events they take part in, their posts and memberships, and their statements.',
    },
  },
  places: {
    noun: 'place',
    table: places,
    slugged: true,
    unique: { places_slug_key: 'slug' },
    tag: { name: 'Places', description: 'Cities, countries and regions, and the places they lie within.' },
  },
  topics: {
    noun: 'topic',
    table: topics,
    slugged: true,
    unique: { topics_slug_key: 'slug' },
    tag: { name: 'Topics', description: 'The threads events belong to: Syria, Idlib, the Astana process.' },
  },
  sources: {
    noun: 'source',
    table: sources,
    slugged: true,
    unique: { sources_slug_key: 'slug' },
    tag: { name: 'Sources', description: 'The documents cited for claims: articles, communiqués and transcripts.' },
  },
  statements: {
    noun: 'statement',
    table: statements,
    slugged: false,
    unique: {},
    tag: {
      name: 'Statements',
      description: 'Words attributed to actors, quoted or reported, in their original language with translations and citations.',
    },
  },
  participations: {
    noun: 'participation',
    table: participations,
    slugged: false,
    unique: { participations_event_actor_role_key: 'role' },
    tag: { name: 'Participations', description: "Actors' parts in events: who took part in which role, and the sources that say so." },
  },
  memberships: {
    noun: 'membership',
    table: memberships,
    slugged: false,
    unique: {},
    tag: {
      name: 'Memberships',
      description: 'Posts actors hold in states and organisations, and their memberships of groups, with their dates and sources.',
    },
  },
  relations: {
    noun: 'relation',
    table: eventRelations,
    slugged: false,
    unique: { event_relations_subject_type_object_key: 'type' },
    tag: { name: 'Relations', description: 'Typed links between events: one continues, is part of, precedes or responds to another.' },
  },
  citations: {
    noun: 'citation',
    table: citations,
    slugged: false,
    unique: {},
    tag: {
      name: 'Citations',
      description: 'The sources behind each claim, with the passage each rests on; and the claims no source backs yet.',
    },
  },
} as const satisfies Record<string, ResourceEntry>;

/** A collection's name: `events`, `actors`, … */
export type ResourceName = keyof typeof RESOURCES;
export type Resource<N extends ResourceName = ResourceName> = (typeof RESOURCES)[N];
/** The collections whose records have slugs. */
export type SluggedName = { [N in ResourceName]: Resource<N>['slugged'] extends true ? N : never }[ResourceName];
/** A resource's singular noun: `event`, `actor`, … */
export type Noun = Resource['noun'];
export type SluggedNoun = Resource<SluggedName>['noun'];

/** The collections, in the order the API mounts and documents them. */
export const RESOURCE_NAMES = Object.keys(RESOURCES) as [ResourceName, ...ResourceName[]];

/** The resource a noun names. */
export const BY_NOUN = Object.fromEntries(RESOURCE_NAMES.map((name) => [RESOURCES[name].noun, RESOURCES[name]])) as {
  [N in ResourceName as Resource<N>['noun']]: Resource<N>;
};

/** Every unique constraint a write can collide with, and the request field it protects. */
export const UNIQUE_FIELDS: Record<string, string> = Object.assign({}, ...RESOURCE_NAMES.map((name) => RESOURCES[name].unique));

/** The 404 of a record looked up by id (or slug, for the resources that have one). */
export function notFound(noun: Noun, ref: string): ApiError {
  return new ApiError('not_found', `No ${noun} has the id${BY_NOUN[noun].slugged ? ' or slug' : ''} "${ref}".`);
}
