/**
 * Creating, changing and deleting memberships, with their citations, in one transaction each,
 * recorded as revisions.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { citationsInput } from '../citations/schemas.js';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { actors, memberships } from '../../db/schema/index.js';
import { parseEdtf } from '../../domain/edtf.js';
import { MEMBERSHIP_KINDS } from '../../domain/enums.js';
import type { AppEnv } from '../../http/context.js';
import { edtfInput, languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { ApiError, pointer } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { boundsOf, citationDeletions } from '../citations/claims.js';
import { assertExist, insertCitations, parseBody } from '../common/writes.js';
import { toMembershipRecord, type MembershipRow } from './queries.js';
import type * as routes from './routes.js';
import { MembershipRecordSchema } from './schemas.js';

const membershipFields = {
  kind: z.enum(MEMBERSHIP_KINDS, { error: `must be one of ${MEMBERSHIP_KINDS.join(', ')}` }).openapi({
    description: '`post`: a post held in a state or organisation; `member`: belonging to a group.',
    example: 'post',
  }),
  memberId: refInput('The actor holding the post, or belonging to the group.'),
  organizationId: refInput('The organisation, state or coalition.'),
  role: languageMapInput(500).nullable().optional().openapi({
    description: 'The post or role held (language → text); `null` for plain membership.',
    example: { en: 'Deputy Foreign Minister', ar: 'نائب وزير الخارجية' },
  }),
  start: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When it began, in EDTF; absent when unknown.', example: '2018' }),
  end: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When it ended, in EDTF; absent when unknown or not over.', example: '2019-06~' }),
};

/** An end certainly before the start is refused, naming `end`. */
function endNotBeforeStart(
  doc: { start?: string | null | undefined; end?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (!doc.start || !doc.end) return;
  try {
    const start = parseEdtf(doc.start).earliest;
    const end = parseEdtf(doc.end).latest;
    if (start && end && start > end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before `start`' });
    }
  } catch {
    // An invalid date is reported by its own field.
  }
}

/** The writable fields of a membership, as a document a merge patch applies to. */
const MembershipDocument = z.strictObject(membershipFields).superRefine(endNotBeforeStart);

export const MembershipCreateSchema = z
  .strictObject({ ...membershipFields, citations: citationsInput.optional() })
  .superRefine(endNotBeforeStart)
  .openapi('MembershipCreate', {
    description:
      'A new membership; the server derives its date bounds from `start` and `end`. An end before the start is a 400.',
    // Russia's seat on the Security Council (both seeded actors; the seed has no such membership).
    example: {
      kind: 'member',
      memberId: '95d1fd3c-da90-5828-a34d-64b589ab5a2f',
      organizationId: '38fedb0b-6374-5eba-8e11-85b49f946e81',
      role: { en: 'Permanent member', ar: 'عضو دائم' },
      start: '1991-12',
    },
  });

export const MembershipPatchSchema = z
  .strictObject({
    kind: membershipFields.kind.optional(),
    memberId: membershipFields.memberId.optional(),
    organizationId: membershipFields.organizationId.optional(),
    role: languageMapPatchInput(500).nullable().optional(),
    start: membershipFields.start,
    end: membershipFields.end,
  })
  .openapi('MembershipPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `role` merges by language.',
  });

type MembershipDoc = z.infer<typeof MembershipDocument>;

async function representation(tx: Db, row: MembershipRow) {
  return MembershipRecordSchema.parse(await toMembershipRecord(tx, row));
}

async function lockMembership(tx: Db, id: string): Promise<MembershipRow> {
  const [row] = await tx.select().from(memberships).where(eq(memberships.id, id.toLowerCase())).for('update');
  if (!row) throw new ApiError('not_found', `No membership has the id "${id}".`);
  return row;
}

function documentOf(row: MembershipRow): MembershipDoc {
  return {
    kind: row.kind,
    memberId: row.memberId,
    organizationId: row.organizationId,
    role: row.role ?? null,
    start: row.start ?? null,
    end: row.end ?? null,
  };
}

/** The stored columns of a document: `earliest` from the start, `latest` from the end, `±infinity` when unknown. */
function columnsOf(doc: MembershipDoc) {
  return {
    kind: doc.kind,
    memberId: doc.memberId,
    organizationId: doc.organizationId,
    role: doc.role ?? null,
    start: doc.start ?? null,
    end: doc.end ?? null,
    earliest: boundsOf(doc.start).earliest,
    latest: boundsOf(doc.end).latest,
  };
}

async function checkReferences(tx: Db, doc: Pick<MembershipDoc, 'memberId' | 'organizationId'>) {
  await assertExist(tx, [
    { table: actors, ids: doc.memberId, path: ['memberId'], noun: 'actor' },
    { table: actors, ids: doc.organizationId, path: ['organizationId'], noun: 'actor' },
  ]);
  if (doc.memberId === doc.organizationId) {
    throw new ApiError('unprocessable', 'A membership ties an actor to another actor, not to itself.', {
      errors: [{ pointer: pointer('body', ['organizationId']), detail: 'must differ from memberId' }],
    });
  }
}

export const createMembership: RouteHandler<typeof routes.createMembership, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx.insert(memberships).values(columnsOf(body)).returning();
    const cited = await insertCitations(tx, { column: 'membershipId', id: row!.id }, body.citations);
    const membership = await representation(tx, row!);
    return {
      status: 201,
      body: membership,
      headers: { Location: `/v1/memberships/${row!.id}`, ETag: etagFor(membership) },
      revisions: [
        { resource: 'memberships', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) },
        ...cited,
      ],
    };
  });
};

export const updateMembership: RouteHandler<typeof routes.updateMembership, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockMembership(tx, id);
    checkIfMatch(c, await representation(tx, current));
    const before = documentOf(current);
    const after = parseBody(MembershipDocument, mergePatch(before, patch));
    await checkReferences(tx, after);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(memberships)
        .set({ ...columnsOf(after), version: sql`${memberships.version} + 1`, updatedAt: sql`now()` })
        .where(eq(memberships.id, current.id))
        .returning()) as [MembershipRow];
    }
    const membership = await representation(tx, row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'memberships', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: membership, headers: { ETag: etagFor(membership) }, revisions };
  });
};

export const deleteMembership: RouteHandler<typeof routes.deleteMembership, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockMembership(tx, id);
    checkIfMatch(c, await representation(tx, current));
    // Its citations go with it (they cascade); the feed records their deletion too.
    const cited = await citationDeletions(tx, 'membershipId', current.id);
    await tx.delete(memberships).where(eq(memberships.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        {
          resource: 'memberships',
          resourceId: current.id,
          action: 'delete',
          version: current.version,
          changes: documentOf(current),
        },
        ...cited,
      ],
    };
  });
};
