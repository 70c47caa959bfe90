/** How the tables link, for drizzle's relational queries (one SQL statement per read). */
import { relations } from 'drizzle-orm';
import { actors } from './actors.js';
import { citations } from './citations.js';
import { eventRelations } from './event-relations.js';
import { events, eventTopics } from './events.js';
import { memberships } from './memberships.js';
import { participations } from './participations.js';
import { places } from './places.js';
import { sources } from './sources.js';
import { statements } from './statements.js';
import { topics } from './topics.js';

export const eventsGraph = relations(events, ({ one, many }) => ({
  place: one(places, { fields: [events.placeId], references: [places.id] }),
  eventTopics: many(eventTopics),
  participations: many(participations),
  statements: many(statements),
  citations: many(citations),
  outgoingRelations: many(eventRelations, { relationName: 'subject' }),
  incomingRelations: many(eventRelations, { relationName: 'object' }),
}));

export const eventTopicsGraph = relations(eventTopics, ({ one }) => ({
  event: one(events, { fields: [eventTopics.eventId], references: [events.id] }),
  topic: one(topics, { fields: [eventTopics.topicId], references: [topics.id] }),
}));

export const topicsGraph = relations(topics, ({ many }) => ({
  eventTopics: many(eventTopics),
}));

export const placesGraph = relations(places, ({ one, many }) => ({
  parent: one(places, { fields: [places.parentId], references: [places.id], relationName: 'parent' }),
  children: many(places, { relationName: 'parent' }),
  events: many(events),
}));

export const actorsGraph = relations(actors, ({ many }) => ({
  participations: many(participations),
  memberships: many(memberships, { relationName: 'member' }),
  members: many(memberships, { relationName: 'organization' }),
  statements: many(statements),
}));

export const membershipsGraph = relations(memberships, ({ one, many }) => ({
  member: one(actors, { fields: [memberships.memberId], references: [actors.id], relationName: 'member' }),
  organization: one(actors, {
    fields: [memberships.organizationId],
    references: [actors.id],
    relationName: 'organization',
  }),
  citations: many(citations),
}));

export const participationsGraph = relations(participations, ({ one, many }) => ({
  event: one(events, { fields: [participations.eventId], references: [events.id] }),
  actor: one(actors, { fields: [participations.actorId], references: [actors.id] }),
  citations: many(citations),
}));

export const statementsGraph = relations(statements, ({ one, many }) => ({
  speaker: one(actors, { fields: [statements.speakerId], references: [actors.id] }),
  event: one(events, { fields: [statements.eventId], references: [events.id] }),
  citations: many(citations),
}));

export const eventRelationsGraph = relations(eventRelations, ({ one, many }) => ({
  subject: one(events, { fields: [eventRelations.subjectId], references: [events.id], relationName: 'subject' }),
  object: one(events, { fields: [eventRelations.objectId], references: [events.id], relationName: 'object' }),
  citations: many(citations),
}));

export const sourcesGraph = relations(sources, ({ many }) => ({
  citations: many(citations),
}));

export const citationsGraph = relations(citations, ({ one }) => ({
  source: one(sources, { fields: [citations.sourceId], references: [sources.id] }),
  event: one(events, { fields: [citations.eventId], references: [events.id] }),
  participation: one(participations, { fields: [citations.participationId], references: [participations.id] }),
  membership: one(memberships, { fields: [citations.membershipId], references: [memberships.id] }),
  statement: one(statements, { fields: [citations.statementId], references: [statements.id] }),
  relation: one(eventRelations, { fields: [citations.relationId], references: [eventRelations.id] }),
}));
