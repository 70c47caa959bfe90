import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { eventRelations, events } from '../../db/schema/index.js';
import { eventRefColumns, loadCitations, plainCitation, toEventRef } from '../common/loaders.js';
import type { RelationRecord } from './schemas.js';

export type RelationRow = typeof eventRelations.$inferSelect;

/** A relation with both events and its citations: two queries. */
export async function toRelation(db: Db, row: RelationRow): Promise<RelationRecord> {
  const refs = await db.select(eventRefColumns).from(events).where(inArray(events.id, [row.subjectId, row.objectId]));
  const byId = new Map(refs.map((r) => [r.id, toEventRef(r)]));
  const cited = await loadCitations(db, { relation: [row.id] });
  return {
    id: row.id,
    subject: byId.get(row.subjectId)!,
    type: row.type,
    object: byId.get(row.objectId)!,
    note: row.note ?? null,
    citations: (cited.get(row.id) ?? []).map(plainCitation),
  };
}

/** One relation by id, or undefined. */
export async function findRelation(db: Db, id: string): Promise<RelationRecord | undefined> {
  const [row] = await db.select().from(eventRelations).where(eq(eventRelations.id, id)).limit(1);
  return row && toRelation(db, row);
}
