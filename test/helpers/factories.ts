/** Test data: each call makes fresh rows with unique slugs, so tests never share data. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import { dateColumns, toDbEarliest, toDbLatest } from '../../src/db/dates.js';
import { actors, events, eventTopics, memberships, participations, places, topics } from '../../src/db/schema/index.js';
import { parseEdtf } from '../../src/domain/edtf.js';
import type { ActorKind, EventKind, EventStatus, ParticipationRole, PlaceKind } from '../../src/domain/enums.js';

export const uniqueSlug = (prefix = 't') => `${prefix}-${randomBytes(5).toString('hex')}`;

function first<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertEvent(
  db: Db,
  overrides: {
    date?: string;
    kind?: EventKind;
    status?: EventStatus;
    slug?: string;
    title?: Record<string, string>;
    summary?: Record<string, string>;
    placeId?: string;
    topicIds?: string[];
  } = {},
) {
  const slug = overrides.slug ?? uniqueSlug('event');
  const row = first(
    await db
      .insert(events)
      .values({
        slug,
        kind: overrides.kind ?? 'meeting',
        status: overrides.status ?? 'concluded',
        title: overrides.title ?? { en: `Test event ${slug}` },
        summary: overrides.summary ?? null,
        placeId: overrides.placeId ?? null,
        ...dateColumns(overrides.date ?? '2020-05-17'),
      })
      .returning(),
  );
  if (overrides.topicIds?.length) {
    await db.insert(eventTopics).values(overrides.topicIds.map((topicId) => ({ eventId: row.id, topicId })));
  }
  return row;
}

export async function insertTopic(db: Db, name: Record<string, string> = { en: 'A test topic' }) {
  return first(await db.insert(topics).values({ slug: uniqueSlug('topic'), name }).returning());
}

export async function insertPlace(db: Db, options: { kind?: PlaceKind; parentId?: string; name?: Record<string, string> } = {}) {
  return first(
    await db
      .insert(places)
      .values({ slug: uniqueSlug('place'), kind: options.kind ?? 'city', name: options.name ?? { en: 'Testville' }, parentId: options.parentId ?? null })
      .returning(),
  );
}

export async function insertActor(
  db: Db,
  options: { kind?: ActorKind; name?: Record<string, string>; aliases?: Record<string, string[]>; description?: Record<string, string> } = {},
) {
  return first(
    await db
      .insert(actors)
      .values({
        slug: uniqueSlug('actor'),
        kind: options.kind ?? 'person',
        name: options.name ?? { en: 'Test Person' },
        aliases: options.aliases ?? {},
        description: options.description ?? null,
      })
      .returning(),
  );
}

export async function insertParticipation(db: Db, eventId: string, actorId: string, role: ParticipationRole = 'participant') {
  return first(await db.insert(participations).values({ eventId, actorId, role }).returning());
}

export async function insertMembership(
  db: Db,
  memberId: string,
  organizationId: string,
  options: { start?: string; end?: string } = {},
) {
  return first(
    await db
      .insert(memberships)
      .values({
        kind: 'member',
        memberId,
        organizationId,
        start: options.start ?? null,
        end: options.end ?? null,
        earliest: toDbEarliest(options.start ? parseEdtf(options.start).earliest : null),
        latest: toDbLatest(options.end ? parseEdtf(options.end).latest : null),
      })
      .returning(),
  );
}
