/**
 * Creating, changing and deleting participations, with their citations, in one transaction
 * each, recorded as revisions. An actor has a role in an event at most once.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { citationsInput } from '../citations/schemas.js';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { actors, events, participations } from '../../db/schema/index.js';
import { PARTICIPATION_ROLES } from '../../domain/enums.js';
import type { AppEnv } from '../../http/context.js';
import { languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { citationDeletions } from '../citations/claims.js';
import { assertExist, insertCitations, parseBody } from '../common/writes.js';
import { toParticipation, type ParticipationRow } from './queries.js';
import type * as routes from './routes.js';
import { ParticipationSchema } from './schemas.js';

const participationFields = {
  eventId: refInput('The event.'),
  actorId: refInput('The actor taking part.'),
  role: z.enum(PARTICIPATION_ROLES, { error: `must be one of ${PARTICIPATION_ROLES.join(', ')}` }).openapi({
    description: "The actor's part in the event; an actor has each role in an event at most once.",
    example: 'host',
  }),
  note: languageMapInput(1_000).nullable().optional().openapi({
    description: 'More on the role (language → text).',
    example: { en: "Iran's side" },
  }),
};

/** The writable fields of a participation, as a document a merge patch applies to. */
const ParticipationDocument = z.strictObject(participationFields);

export const ParticipationCreateSchema = z
  .strictObject({ ...participationFields, citations: citationsInput.optional() })
  .openapi('ParticipationCreate', {
    description: 'A new participation: an actor, its role in an event, and the sources for it.',
    // Iran, through its envoy, in the seeded Moscow consultations (the seed has only the envoy).
    example: {
      eventId: 'ad515626-3078-5b97-b967-c55796370258',
      actorId: '157130cc-2d32-5e4a-949a-a34472310d8f',
      role: 'participant',
      note: { en: 'Represented by Hossein Jaberi Ansari' },
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'مساعد وزير الخارجية الايرانية للشرق الأوسط حسين جابري أنصاري',
          excerptLang: 'ar',
          locator: 'paragraph 1',
        },
      ],
    },
  });

export const ParticipationPatchSchema = z
  .strictObject({
    eventId: participationFields.eventId.optional(),
    actorId: participationFields.actorId.optional(),
    role: participationFields.role.optional(),
    note: languageMapPatchInput(1_000).nullable().optional(),
  })
  .openapi('ParticipationPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `note` merges by language.',
  });

type ParticipationDoc = z.infer<typeof ParticipationDocument>;

async function representation(tx: Db, row: ParticipationRow) {
  return ParticipationSchema.parse(await toParticipation(tx, row));
}

async function lockParticipation(tx: Db, id: string): Promise<ParticipationRow> {
  const [row] = await tx.select().from(participations).where(eq(participations.id, id.toLowerCase())).for('update');
  if (!row) throw new ApiError('not_found', `No participation has the id "${id}".`);
  return row;
}

function documentOf(row: ParticipationRow): ParticipationDoc {
  return { eventId: row.eventId, actorId: row.actorId, role: row.role, note: row.note ?? null };
}

function columnsOf(doc: ParticipationDoc) {
  return { eventId: doc.eventId, actorId: doc.actorId, role: doc.role, note: doc.note ?? null };
}

async function checkReferences(tx: Db, doc: Pick<ParticipationDoc, 'eventId' | 'actorId'>) {
  await assertExist(tx, [
    { table: events, ids: doc.eventId, path: ['eventId'], noun: 'event' },
    { table: actors, ids: doc.actorId, path: ['actorId'], noun: 'actor' },
  ]);
}

export const createParticipation: RouteHandler<typeof routes.createParticipation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx.insert(participations).values(columnsOf(body)).returning();
    const cited = await insertCitations(tx, { column: 'participationId', id: row!.id }, body.citations);
    const participation = await representation(tx, row!);
    return {
      status: 201,
      body: participation,
      headers: { Location: `/v1/participations/${row!.id}`, ETag: etagFor(participation) },
      revisions: [
        { resource: 'participations', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) },
        ...cited,
      ],
    };
  });
};

export const updateParticipation: RouteHandler<typeof routes.updateParticipation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockParticipation(tx, id);
    checkIfMatch(c, await representation(tx, current));
    const before = documentOf(current);
    const after = parseBody(ParticipationDocument, mergePatch(before, patch));
    await checkReferences(tx, after);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(participations)
        .set({ ...columnsOf(after), version: sql`${participations.version} + 1`, updatedAt: sql`now()` })
        .where(eq(participations.id, current.id))
        .returning()) as [ParticipationRow];
    }
    const participation = await representation(tx, row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'participations', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: participation, headers: { ETag: etagFor(participation) }, revisions };
  });
};

export const deleteParticipation: RouteHandler<typeof routes.deleteParticipation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockParticipation(tx, id);
    checkIfMatch(c, await representation(tx, current));
    // Its citations go with it (they cascade); the feed records their deletion too.
    const cited = await citationDeletions(tx, 'participationId', current.id);
    await tx.delete(participations).where(eq(participations.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        {
          resource: 'participations',
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
