/**
 * Creating, changing and deleting citations one at a time, each in one transaction, recorded as
 * revisions. A citation backs exactly one claim, for good: a change may replace its source,
 * excerpt or locator, never move it to another claim.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { SourceCreateSchema } from '../sources/schemas.js';
import { CitationInputSchema } from './schemas.js';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  citations,
  eventRelations,
  events,
  memberships,
  participations,
  sources,
  statements,
} from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { refInput, uuidInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { ClaimCitationSchema } from '../common/schemas.js';
import { assertExist, insertCitations, insertSource, parseBody } from '../common/writes.js';
import { CLAIM_COLUMNS, citationChanges, type ClaimColumn } from './claims.js';
import { findCitation } from './queries.js';
import type * as routes from './routes.js';

type CitationRow = typeof citations.$inferSelect;

const CLAIMS = {
  eventId: { table: events, noun: 'event' },
  participationId: { table: participations, noun: 'participation' },
  membershipId: { table: memberships, noun: 'membership' },
  statementId: { table: statements, noun: 'statement' },
  relationId: { table: eventRelations, noun: 'relation' },
} as const satisfies Record<ClaimColumn, { table: unknown; noun: string }>;

const { sourceId, source, excerpt, excerptLang, locator } = CitationInputSchema.shape;

/** Exactly one of `sourceId` and `source`; an excerpt comes with its language. */
function checkSourceAndExcerpt(
  c: {
    sourceId?: string | undefined;
    source?: unknown;
    excerpt?: string | null | undefined;
    excerptLang?: string | null | undefined;
  },
  ctx: z.RefinementCtx,
  sourceRequired: boolean,
) {
  if (c.sourceId !== undefined && c.source !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'give exactly one of sourceId and source' });
  } else if (sourceRequired && c.sourceId === undefined && c.source === undefined) {
    ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'give exactly one of sourceId and source' });
  }
  if ((c.excerpt == null) !== (c.excerptLang == null)) {
    ctx.addIssue({ code: 'custom', path: ['excerptLang'], message: 'is required with an excerpt, and only with one' });
  }
}

export const CitationCreateSchema = z
  .strictObject({
    sourceId,
    source,
    excerpt,
    excerptLang,
    locator,
    eventId: refInput('The event the citation backs.').optional(),
    participationId: refInput('The participation the citation backs.').optional(),
    membershipId: refInput('The membership the citation backs.').optional(),
    statementId: refInput('The statement the citation backs.').optional(),
    relationId: refInput('The relation the citation backs.').optional(),
  })
  .superRefine((c, ctx) => {
    checkSourceAndExcerpt(c, ctx, true);
    if (CLAIM_COLUMNS.filter((column) => c[column] !== undefined).length !== 1) {
      const message = `a citation backs exactly one claim: give one of ${CLAIM_COLUMNS.join(', ')}`;
      ctx.addIssue({ code: 'custom', path: [], message });
    }
  })
  .openapi('CitationCreate', {
    description:
      'A new citation: a source (existing, by id, or new, inline) backing exactly one claim, given by one of `eventId`, `participationId`, `membershipId`, `statementId` or `relationId`.',
    // Another passage of the seeded article for the seeded relation "Moscow consultations continue the Astana process".
    example: {
      sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
      excerpt: 'يمكن مقاربتها ضمن الجهود المشتركة التي نقوم بها مع شركائنا الأتراك في مسار عملية أستانا',
      excerptLang: 'ar',
      locator: 'paragraph 4',
      relationId: 'd57dc8fe-0c67-5d0d-8119-ec0990924ce5',
    },
  });

export const CitationPatchSchema = z
  .strictObject({
    sourceId: uuidInput.optional().openapi({ description: 'Another existing source; or give `source` to create one.' }),
    source: SourceCreateSchema.optional().openapi({ description: 'A new source, created with the change.' }),
    excerpt,
    excerptLang,
    locator,
  })
  .superRefine((c, ctx) => checkSourceAndExcerpt(c, ctx, false))
  .openapi('CitationPatch', {
    description:
      'A JSON merge patch (RFC 7396) of a citation: its source, excerpt and locator. The claim it backs cannot change; delete the citation and cite the other claim instead.',
  });

/** The writable fields of a citation, as a document a merge patch applies to. */
const CitationDocument = z
  .strictObject({ sourceId: uuidInput, excerpt, excerptLang, locator })
  .superRefine((c, ctx) => checkSourceAndExcerpt(c, ctx, false));

type CitationDoc = z.infer<typeof CitationDocument>;

/** The representation `GET /v1/citations/{id}` gives, which writes answer with and `If-Match` compares to. */
async function representation(tx: Db, id: string) {
  return ClaimCitationSchema.parse(await findCitation(tx, id));
}

async function lockCitation(tx: Db, id: string): Promise<CitationRow> {
  const [row] = await tx.select().from(citations).where(eq(citations.id, id.toLowerCase())).for('update');
  if (!row) throw new ApiError('not_found', `No citation has the id "${id}".`);
  return row;
}

function documentOf(row: CitationRow): CitationDoc {
  return {
    sourceId: row.sourceId,
    excerpt: row.excerpt ?? null,
    excerptLang: row.excerptLang ?? null,
    locator: row.locator ?? null,
  };
}

export const createCitation: RouteHandler<typeof routes.createCitation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const column = CLAIM_COLUMNS.find((k) => body[k] !== undefined) as ClaimColumn;
  const claimId = body[column] as string;
  return runWrite(c, body, async (tx) => {
    const claim = CLAIMS[column];
    await assertExist(tx, [
      { table: claim.table, ids: claimId, path: [column], noun: claim.noun },
      { table: sources, ids: body.sourceId, path: ['sourceId'], noun: 'source' },
    ]);
    const { sourceId, source, excerpt, excerptLang, locator } = body;
    const input = { sourceId, source, excerpt, excerptLang, locator };
    const revisions = await insertCitations(tx, { column, id: claimId }, [input]);
    const id = revisions.find((r) => r.resource === 'citations')!.resourceId;
    const citation = await representation(tx, id);
    return {
      status: 201,
      body: citation,
      headers: { Location: `/v1/citations/${id}`, ETag: etagFor(citation) },
      revisions,
    };
  });
};

export const updateCitation: RouteHandler<typeof routes.updateCitation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockCitation(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    const before = documentOf(current);
    const { source, ...fields } = patch;
    const created = source ? await insertSource(tx, source) : undefined;
    const merged = mergePatch(before, created ? { ...fields, sourceId: created.row.id } : fields);
    const after = parseBody(CitationDocument, merged);
    await assertExist(tx, [{ table: sources, ids: after.sourceId, path: ['sourceId'], noun: 'source' }]);
    const changes = diff(before, after);
    if (Object.keys(changes).length > 0) {
      await tx
        .update(citations)
        .set({
          sourceId: after.sourceId,
          excerpt: after.excerpt ?? null,
          excerptLang: after.excerptLang ?? null,
          locator: after.locator ?? null,
          version: sql`${citations.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(citations.id, current.id));
    }
    const citation = await representation(tx, current.id);
    const revisions: RevisionEntry[] = [
      ...(created ? [created.revision] : []),
      ...(Object.keys(changes).length
        ? [
            {
              resource: 'citations' as const,
              resourceId: current.id,
              action: 'update' as const,
              version: current.version + 1,
              changes,
            },
          ]
        : []),
    ];
    return { status: 200, body: citation, headers: { ETag: etagFor(citation) }, revisions };
  });
};

export const deleteCitation: RouteHandler<typeof routes.deleteCitation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockCitation(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    await tx.delete(citations).where(eq(citations.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        {
          resource: 'citations',
          resourceId: current.id,
          action: 'delete',
          version: current.version,
          changes: citationChanges(current),
        },
      ],
    };
  });
};
