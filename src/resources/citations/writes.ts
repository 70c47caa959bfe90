/**
 * Creating, changing and deleting citations one at a time, each in one transaction, recorded as
 * revisions. A citation backs exactly one claim, for good: a change may replace its source,
 * excerpt or locator, never move it to another claim.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { sources } from '../../db/schema/index.js';
import { CLAIM_COLUMNS, type ClaimColumn } from '../../domain/enums.js';
import { diff, mergePatch } from '../../domain/merge-patch.js';
import type { AppEnv } from '../../http/context.js';
import { checkIfMatch, etagOf } from '../../http/etag.js';
import { runWrite, type RevisionEntry } from '../../http/run-write.js';
import { parseBody } from '../../http/validation.js';
import { lockByRef, remove, represented, updateVersioned, type RecordSpec, type Represented, type RowOf } from '../common/records.js';
import { assertExist } from '../common/references.js';
import { BY_NOUN, type Noun } from '../registry.js';
import { insertSource } from '../sources/columns.js';
import { citationChanges, insertCitations } from './claims.js';
import { findCitation } from './queries.js';
import type * as routes from './routes.js';
import { CitationDocument, ClaimCitationSchema, type CitationDoc } from './schemas.js';

type CitationRow = RowOf<'citations'>;

/** The kind of record each claim column names. */
const CLAIMS = {
  eventId: 'event',
  participationId: 'participation',
  membershipId: 'membership',
  statementId: 'statement',
  relationId: 'relation',
} as const satisfies Record<ClaimColumn, Noun>;

/** A citation as its revisions record it: its writable fields and the claim it backs. */
type CitationRecord = CitationDoc & Partial<Record<ClaimColumn, string>>;

/** The writable fields of a stored citation, which a merge patch applies to. */
function writableOf(row: CitationRow): CitationDoc {
  return {
    sourceId: row.sourceId,
    excerpt: row.excerpt ?? null,
    excerptLang: row.excerptLang ?? null,
    locator: row.locator ?? null,
  };
}

/** The representation `GET /v1/citations/{id}` gives, which writes answer with and `If-Match` compares to. */
async function representation(tx: Db, id: string): Promise<Represented> {
  return represented(ClaimCitationSchema, (await findCitation(tx, id))!);
}

const citation: RecordSpec<'citations', CitationRecord> = {
  resource: 'citations',
  document: CitationDocument,
  documentOf: (row) => citationChanges(row) as CitationRecord,
  columnsOf: (doc) => ({
    sourceId: doc.sourceId,
    excerpt: doc.excerpt ?? null,
    excerptLang: doc.excerptLang ?? null,
    locator: doc.locator ?? null,
  }),
  represent: (tx, row) => representation(tx, row.id),
};

/** Cites a source (existing, or created first) for one claim: 201 with `Location` and `ETag`. */
export const createCitation: RouteHandler<typeof routes.createCitation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const column = CLAIM_COLUMNS.find((k) => body[k] !== undefined) as ClaimColumn;
  const claimId = body[column] as string;
  return runWrite(c, body, async (tx) => {
    const noun = CLAIMS[column];
    await assertExist(tx, [
      { table: BY_NOUN[noun].table, ids: claimId, path: [column], noun },
      { table: sources, ids: body.sourceId, path: ['sourceId'], noun: 'source' },
    ]);
    const { sourceId, source, excerpt, excerptLang, locator } = body;
    const revisions = await insertCitations(tx, { column, id: claimId }, [{ sourceId, source, excerpt, excerptLang, locator }]);
    const id = revisions.find((r) => r.resource === 'citations')!.resourceId;
    const { body: created, tag } = await representation(tx, id);
    return { status: 201, body: created, headers: { Location: `/v1/citations/${id}`, ETag: etagOf(tag) }, revisions };
  });
};

/**
 * Applies a merge patch to a citation's source, excerpt and locator, after `If-Match`; an inline
 * `source` is created first, and its revision comes before the citation's.
 */
export const updateCitation: RouteHandler<typeof routes.updateCitation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockByRef(tx, 'citations', id);
    await checkIfMatch(c, async () => (await citation.represent(tx, current)).tag);
    const before = writableOf(current);
    const { source, ...fields } = patch;
    const created = source ? await insertSource(tx, source) : undefined;
    const after = parseBody(CitationDocument, mergePatch(before, created ? { ...fields, sourceId: created.row.id } : fields));
    await assertExist(tx, [{ table: sources, ids: after.sourceId, path: ['sourceId'], noun: 'source' }]);
    const changes = diff(before, after);
    const changed = Object.keys(changes).length > 0;
    const row = changed ? await updateVersioned(tx, 'citations', current.id, citation.columnsOf(after)) : current;
    const { body, tag } = await citation.represent(tx, row);
    const revisions: RevisionEntry[] = [
      ...(created ? [created.revision] : []),
      ...(changed ? [{ resource: 'citations' as const, resourceId: row.id, action: 'update' as const, version: row.version, changes }] : []),
    ];
    return { status: 200, body, headers: { ETag: etagOf(tag) }, revisions };
  });
};

export const deleteCitation: RouteHandler<typeof routes.deleteCitation, AppEnv> = (c) => remove(c, citation, c.req.valid('param').id);
