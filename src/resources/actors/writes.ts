/**
 * Creating, changing and deleting actors, each in one transaction, recorded as revisions.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { count, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { actors, memberships, participations, statements } from '../../db/schema/index.js';
import { ACTOR_KINDS } from '../../domain/enums.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { languageMapInput, languageTagInput, MAX_LANGUAGES, slugInput, textInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { assertUnreferenced, parseBody } from '../common/writes.js';
import { toActor, type ActorRow } from './queries.js';
import type * as routes from './routes.js';
import { ActorSchema } from './schemas.js';

const aliasesInput = z
  .record(
    languageTagInput,
    z.array(textInput(200)).min(1, 'must have at least one alias').max(50, 'must have at most 50 aliases'),
  )
  .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
  .openapi({
    description: 'Other names and spellings per language (BCP 47 tag → list of up to 50, each at most 200 characters).',
    example: { en: ['Sergey Vershinin', 'Vershinin'], ar: ['فيرشينين'] },
  });

const wikidataIdInput = z
  .string()
  .max(20, 'must be at most 20 characters')
  .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q159')
  .openapi({ description: 'The Wikidata item (QID).', example: 'Q159' });

const actorFields = {
  slug: slugInput.openapi({ example: 'sergei-vershinin' }),
  kind: z.enum(ACTOR_KINDS, { error: `must be one of ${ACTOR_KINDS.join(', ')}` }).openapi({ example: 'person' }),
  name: languageMapInput(500),
  aliases: aliasesInput.optional(),
  description: languageMapInput(5_000).nullable().optional(),
  wikidataId: wikidataIdInput.nullable().optional(),
};

/** The writable fields of an actor, as a document a merge patch applies to. */
const ActorDocument = z.strictObject(actorFields);

export const ActorCreateSchema = z
  .strictObject(actorFields)
  .openapi('ActorCreate', {
    description: 'A new actor: a person, organisation, state or coalition.',
    // The ministry Vershinin and Ryabkov serve in, which the seed does not have as an actor.
    example: {
      slug: 'russian-foreign-ministry',
      kind: 'organisation',
      name: { ar: 'وزارة الخارجية الروسية', en: 'Ministry of Foreign Affairs of Russia' },
      aliases: { en: ['Russian Foreign Ministry', 'MFA of Russia'], ar: ['الخارجية الروسية'] },
    },
  });

export const ActorPatchSchema = z
  .strictObject({
    slug: actorFields.slug.optional(),
    kind: actorFields.kind.optional(),
    name: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the name; `null` removes a language.' }),
    aliases: z
      .record(z.string(), z.array(z.string()).nullable())
      .nullable()
      .optional()
      .openapi({
        description: 'Merged by language: a list given replaces the list of that language; `null` removes a language, or all aliases.',
      }),
    description: z.record(z.string(), z.string().nullable()).nullable().optional(),
    wikidataId: wikidataIdInput.nullable().optional(),
  })
  .openapi('ActorPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

/** The representation `GET /v1/actors/{id}` gives, which writes answer with and `If-Match` compares to. */
function representation(row: ActorRow) {
  return ActorSchema.parse(toActor(row));
}

async function lockActor(tx: Db, ref: string): Promise<ActorRow> {
  const [row] = await tx
    .select()
    .from(actors)
    .where(isUuid(ref) ? eq(actors.id, ref.toLowerCase()) : eq(actors.slug, ref))
    .for('update');
  if (!row) throw new ApiError('not_found', `No actor has the id or slug "${ref}".`);
  return row;
}

function documentOf(row: ActorRow): z.infer<typeof ActorDocument> {
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    description: row.description ?? null,
    wikidataId: row.wikidataId ?? null,
  };
}

export const createActor: RouteHandler<typeof routes.createActor, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    const [row] = await tx
      .insert(actors)
      .values({
        slug: body.slug,
        kind: body.kind,
        name: body.name,
        aliases: body.aliases ?? {},
        description: body.description ?? null,
        wikidataId: body.wikidataId ?? null,
      })
      .returning();
    const actor = representation(row!);
    return {
      status: 201,
      body: actor,
      headers: { Location: `/v1/actors/${row!.id}`, ETag: etagFor(actor) },
      revisions: [{ resource: 'actors', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) }],
    };
  });
};

export const updateActor: RouteHandler<typeof routes.updateActor, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockActor(tx, id);
    checkIfMatch(c, representation(current));
    const before = documentOf(current);
    const after = parseBody(ActorDocument, mergePatch(before, patch));
    after.aliases = after.aliases ?? {};
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(actors)
        .set({
          slug: after.slug,
          kind: after.kind,
          name: after.name,
          aliases: after.aliases,
          description: after.description ?? null,
          wikidataId: after.wikidataId ?? null,
          version: sql`${actors.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(actors.id, current.id))
        .returning()) as [ActorRow];
    }
    const actor = representation(row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'actors', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: actor, headers: { ETag: etagFor(actor) }, revisions };
  });
};

export const deleteActor: RouteHandler<typeof routes.deleteActor, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockActor(tx, id);
    checkIfMatch(c, representation(current));
    await assertUnreferenced(tx, 'actor', [
      {
        label: 'participation',
        count: tx.select({ n: count() }).from(participations).where(eq(participations.actorId, current.id)).getSQL(),
      },
      {
        label: 'membership',
        count: tx
          .select({ n: count() })
          .from(memberships)
          .where(or(eq(memberships.memberId, current.id), eq(memberships.organizationId, current.id)))
          .getSQL(),
      },
      {
        label: 'statement',
        count: tx.select({ n: count() }).from(statements).where(eq(statements.speakerId, current.id)).getSQL(),
      },
    ]);
    const before = documentOf(current);
    await tx.delete(actors).where(eq(actors.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        { resource: 'actors', resourceId: current.id, action: 'delete', version: current.version, changes: before },
      ],
    };
  });
};
