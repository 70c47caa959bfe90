import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { participations } from '../../db/schema/index.js';
import { loadActorRefs, loadCitations, plainCitation } from '../common/loaders.js';
import type { Participation } from './schemas.js';

export type ParticipationRow = typeof participations.$inferSelect;

/** A participation with its actor and citations: two queries. */
export async function toParticipation(db: Db, row: ParticipationRow): Promise<Participation> {
  const actors = await loadActorRefs(db, [row.actorId]);
  const cited = await loadCitations(db, { participation: [row.id] });
  return {
    id: row.id,
    role: row.role,
    note: row.note ?? null,
    actor: actors.get(row.actorId)!,
    citations: (cited.get(row.id) ?? []).map(plainCitation),
    eventId: row.eventId,
  };
}

/** One participation by id, or undefined. */
export async function findParticipation(db: Db, id: string): Promise<Participation | undefined> {
  const [row] = await db.select().from(participations).where(eq(participations.id, id)).limit(1);
  return row && toParticipation(db, row);
}
