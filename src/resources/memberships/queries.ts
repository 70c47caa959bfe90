import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships } from '../../db/schema/index.js';
import { loadActorRefs, loadCitations, plainCitation } from '../common/loaders.js';
import { edtfDate } from '../../db/dates.js';
import type { MembershipRecord } from './schemas.js';

export type MembershipRow = typeof memberships.$inferSelect;

/** A membership with both actors and its citations: three queries. */
export async function toMembershipRecord(db: Db, row: MembershipRow): Promise<MembershipRecord> {
  const actors = await loadActorRefs(db, [row.memberId, row.organizationId]);
  const cited = await loadCitations(db, { membership: [row.id] });
  return {
    id: row.id,
    kind: row.kind,
    role: row.role ?? null,
    start: edtfDate(row.start),
    end: edtfDate(row.end),
    citations: (cited.get(row.id) ?? []).map(plainCitation),
    organization: actors.get(row.organizationId)!,
    member: actors.get(row.memberId)!,
  };
}

/** One membership by id, or undefined. */
export async function findMembership(db: Db, id: string): Promise<MembershipRecord | undefined> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id)).limit(1);
  return row && toMembershipRecord(db, row);
}
