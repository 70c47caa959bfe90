import { actorMatch } from '../../db/search.js';
import type { ParsedSearch } from '../../domain/search.js';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { edtfDate, requiredIsoFromDb } from '../../db/dates.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { actors, memberships, participations } from '../../db/schema/index.js';
import type { ActorKind, ParticipationRole } from '../../domain/enums.js';
import { actorRefColumns, groupBy, loadCitations, plainCitation } from '../common/loaders.js';
import type { ActorRef } from '../common/schemas.js';
import { listEventRows, toEvent, type EventKey } from '../events/queries.js';
import { slugKeyset, type SlugKey } from '../common/lists.js';
import type { Actor, ActorEvent, Membership } from './schemas.js';

export type ActorRow = typeof actors.$inferSelect;

/** An actor as the API gives it. */
export function toActor(row: ActorRow): Actor {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    description: row.description ?? null,
    wikidataId: row.wikidataId ?? null,
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** A page of actors in slug order (or its reverse), after a keyset position. */
export async function listActorRows(
  db: Db,
  options: { kinds?: ActorKind[]; search?: ParsedSearch; order: 'asc' | 'desc'; limit: number; after?: SlugKey },
): Promise<{ rows: ActorRow[]; more: boolean }> {
  const { resume, orderBy } = slugKeyset(actors, options.order, options.after);
  const rows = await db
    .select()
    .from(actors)
    .where(and(options.kinds?.length ? inArray(actors.kind, options.kinds) : undefined, options.search && actorMatch(options.search), resume))
    .orderBy(...orderBy)
    .limit(pageProbe(options.limit));
  return pageOf(rows, options.limit);
}

/**
 * A page of the events an actor takes part in, in date order (or its reverse), each with the
 * actor's roles in it: the page, then one query for the roles.
 */
export async function listActorEventsPage(
  db: Db,
  actorId: string,
  options: { roles?: ParticipationRole[]; order: 'asc' | 'desc'; limit: number; after?: EventKey },
): Promise<{ items: ActorEvent[]; keys: EventKey[]; more: boolean }> {
  const { rows, more } = await listEventRows(db, {
    filters: { actorIds: [actorId], ...(options.roles ? { roles: options.roles } : {}) },
    order: options.order,
    limit: options.limit,
    ...(options.after ? { after: options.after } : {}),
  });
  const roleRows = rows.length
    ? await db
        .select({ eventId: participations.eventId, role: participations.role })
        .from(participations)
        .where(and(eq(participations.actorId, actorId), inArray(participations.eventId, rows.map((r) => r.id))))
        .orderBy(asc(participations.createdAt), asc(participations.id))
    : [];
  const roles = groupBy(roleRows, (r) => r.eventId);
  return {
    items: rows.map((row) => ({ ...toEvent(row), roles: (roles.get(row.id) ?? []).map((r) => r.role) })),
    keys: rows.map((r): EventKey => [r.earliest, r.latest, r.id]),
    more,
  };
}

/** A membership with the actor on its other side, before that side is named `organization` or `member`. */
export type MembershipWithOther = Omit<Membership, 'organization'> & { other: ActorRef };

/**
 * A page of the memberships on one side of an actor — where it is the member, or where it is the
 * organisation — in date order (start, then end, then id), with the other actor and citations.
 */
export async function listMembershipsPage(
  db: Db,
  actorId: string,
  options: { side: 'member' | 'organization'; limit: number; after?: EventKey },
): Promise<{ items: MembershipWithOther[]; keys: EventKey[]; more: boolean }> {
  const [self, other] =
    options.side === 'member'
      ? [memberships.memberId, memberships.organizationId]
      : [memberships.organizationId, memberships.memberId];
  const { after } = options;
  const keyset = after
    ? sql`(${memberships.earliest}, ${memberships.latest}, ${memberships.id})
        > (${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: memberships.id,
      kind: memberships.kind,
      role: memberships.role,
      start: memberships.start,
      end: memberships.end,
      earliest: memberships.earliest,
      latest: memberships.latest,
      other: actorRefColumns,
    })
    .from(memberships)
    .innerJoin(actors, eq(actors.id, other))
    .where(and(eq(self, actorId), keyset))
    .orderBy(asc(memberships.earliest), asc(memberships.latest), asc(memberships.id))
    .limit(pageProbe(options.limit));
  const { rows: page, more } = pageOf(rows, options.limit);
  const cited = await loadCitations(db, { membership: page.map((r) => r.id) });
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      role: r.role ?? null,
      start: edtfDate(r.start),
      end: edtfDate(r.end),
      other: r.other,
      citations: (cited.get(r.id) ?? []).map(plainCitation),
    })),
    keys: page.map((r): EventKey => [r.earliest, r.latest, r.id]),
    more,
  };
}
