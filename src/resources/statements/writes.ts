/**
 * Creating, changing and deleting statements, with their citations, in one transaction each,
 * recorded as revisions. The original text is kept exactly as given, with its language.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { citationsInput } from '../citations/schemas.js';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dateColumns } from '../../db/dates.js';
import { actors, events, statements } from '../../db/schema/index.js';
import { STATEMENT_KINDS } from '../../domain/enums.js';
import type { AppEnv } from '../../http/context.js';
import { edtfInput, languageMapPatchInput, languageTagInput, MAX_LANGUAGES, MAX_TEXT, refInput, textInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { citationDeletions } from '../citations/claims.js';
import { StatementSchema } from '../common/schemas.js';
import { assertExist, insertCitations, parseBody } from '../common/writes.js';
import { findStatement } from './queries.js';
import type * as routes from './routes.js';

type StatementRow = typeof statements.$inferSelect;

const statementFields = {
  kind: z.enum(STATEMENT_KINDS, { error: `must be one of ${STATEMENT_KINDS.join(', ')}` }).openapi({
    description: 'A direct quote, or reported speech.',
    example: 'direct_quote',
  }),
  speakerId: refInput('The actor the words are attributed to.'),
  eventId: refInput('The event the words were said at or about.').nullable().optional(),
  originalText: textInput(MAX_TEXT).openapi({
    description: 'The words exactly as the source gives them, in their original language.',
    example: 'سنناقش خلال هذه المشاورات التحولات في سوريا وفي اليمن والتحولات الإقليمية و الدولية.',
  }),
  originalLang: languageTagInput.openapi({ description: 'The language of `originalText`.', example: 'ar' }),
  translations: z
    .record(languageTagInput, textInput(MAX_TEXT))
    .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
    .optional()
    .openapi({
      description: 'Translations of the original (language → text); none by default.',
      example: { en: 'During these consultations we will discuss the changes in Syria and in Yemen.' },
    }),
  date: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When the words were said, in EDTF; absent when unknown.', example: '2019-01-21' }),
};

/** The writable fields of a statement, as a document a merge patch applies to. */
const StatementDocument = z.strictObject(statementFields);

export const StatementCreateSchema = z
  .strictObject({ ...statementFields, citations: citationsInput.optional() })
  .openapi('StatementCreate', {
    description: 'A new statement; the server derives its date bounds and precision from `date`.',
    // Vershinin's words as the article reports them (paragraph 3), beside his seeded direct quote.
    example: {
      kind: 'reported_speech',
      speakerId: '1a042551-70e5-51d2-8027-85683368035c',
      eventId: 'ad515626-3078-5b97-b967-c55796370258',
      originalText: 'المشاورات دورية بخصوص المسائل التي تشكل أهمية لموسكو و طهران',
      originalLang: 'ar',
      translations: { en: 'The consultations are periodic, on matters important to Moscow and Tehran' },
      date: '2019-01~',
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'فيرشينين ذكر أن المشاورات دورية بخصوص المسائل التي تشكل أهمية لموسكو و طهران',
          excerptLang: 'ar',
          locator: 'paragraph 3',
        },
      ],
    },
  });

export const StatementPatchSchema = z
  .strictObject({
    kind: statementFields.kind.optional(),
    speakerId: statementFields.speakerId.optional(),
    eventId: statementFields.eventId,
    originalText: statementFields.originalText.optional(),
    originalLang: statementFields.originalLang.optional(),
    translations: languageMapPatchInput(MAX_TEXT).nullable().optional(),
    date: statementFields.date,
  })
  .openapi('StatementPatch', {
    description:
      'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `translations` merge by language.',
  });

type StatementDoc = z.infer<typeof StatementDocument>;

/** The representation `GET /v1/statements/{id}` gives, which writes answer with and `If-Match` compares to. */
async function representation(tx: Db, id: string) {
  return StatementSchema.parse(await findStatement(tx, id));
}

async function lockStatement(tx: Db, id: string): Promise<StatementRow> {
  const [row] = await tx.select().from(statements).where(eq(statements.id, id.toLowerCase())).for('update');
  if (!row) throw new ApiError('not_found', `No statement has the id "${id}".`);
  return row;
}

function documentOf(row: StatementRow): StatementDoc {
  return {
    kind: row.kind,
    speakerId: row.speakerId,
    eventId: row.eventId ?? null,
    originalText: row.originalText,
    originalLang: row.originalLang,
    translations: row.translations,
    date: row.date ?? null,
  };
}

/** The stored columns of a document; an undated statement has unbounded dates and no precision. */
function columnsOf(doc: StatementDoc) {
  return {
    kind: doc.kind,
    speakerId: doc.speakerId,
    eventId: doc.eventId ?? null,
    originalText: doc.originalText,
    originalLang: doc.originalLang,
    translations: doc.translations ?? {},
    ...(doc.date ? dateColumns(doc.date) : { date: null, earliest: '-infinity', latest: 'infinity', precision: null }),
  };
}

async function checkReferences(tx: Db, doc: Pick<StatementDoc, 'speakerId' | 'eventId'>) {
  await assertExist(tx, [
    { table: actors, ids: doc.speakerId, path: ['speakerId'], noun: 'actor' },
    { table: events, ids: doc.eventId, path: ['eventId'], noun: 'event' },
  ]);
}

export const createStatement: RouteHandler<typeof routes.createStatement, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx.insert(statements).values(columnsOf(body)).returning();
    const cited = await insertCitations(tx, { column: 'statementId', id: row!.id }, body.citations);
    const statement = await representation(tx, row!.id);
    return {
      status: 201,
      body: statement,
      headers: { Location: `/v1/statements/${row!.id}`, ETag: etagFor(statement) },
      revisions: [
        { resource: 'statements', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) },
        ...cited,
      ],
    };
  });
};

export const updateStatement: RouteHandler<typeof routes.updateStatement, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockStatement(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    const before = documentOf(current);
    const after = parseBody(StatementDocument, mergePatch(before, patch));
    after.translations ??= {};
    await checkReferences(tx, after);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(statements)
        .set({ ...columnsOf(after), version: sql`${statements.version} + 1`, updatedAt: sql`now()` })
        .where(eq(statements.id, current.id))
        .returning()) as [StatementRow];
    }
    const statement = await representation(tx, row.id);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'statements', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: statement, headers: { ETag: etagFor(statement) }, revisions };
  });
};

export const deleteStatement: RouteHandler<typeof routes.deleteStatement, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockStatement(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    // Its citations go with it (they cascade); the feed records their deletion too.
    const cited = await citationDeletions(tx, 'statementId', current.id);
    await tx.delete(statements).where(eq(statements.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        {
          resource: 'statements',
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
