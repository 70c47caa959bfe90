/** Revisions as stored and as the API gives them. */
import { sql } from 'drizzle-orm';
import { isoFromDb } from '../../db/dates.js';
import { apiKeys, revisions } from '../../db/schema/index.js';

export const revisionColumns = {
  seq: revisions.seq,
  txid: sql<string>`${revisions.txid}::text`,
  resource: revisions.resource,
  resourceId: revisions.resourceId,
  action: revisions.action,
  version: revisions.version,
  at: revisions.at,
  keyId: revisions.apiKeyId,
  keyName: apiKeys.name,
  changes: revisions.changes,
};

export type RevisionRow = { seq: number | string; resource: string; resourceId: string; action: string; version: number; at: string; keyId: string | null; keyName: string | null; changes: Record<string, unknown> };

export function toRevision(r: RevisionRow) {
  return {
    seq: String(r.seq),
    resource: r.resource,
    resourceId: r.resourceId,
    action: r.action,
    version: r.version,
    at: isoFromDb(r.at),
    author: r.keyId ? { keyId: r.keyId, name: r.keyName ?? '' } : null,
    changes: r.changes,
  };
}
