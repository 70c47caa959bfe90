import { z } from '@hono/zod-openapi';
import { CLAIM_COLUMNS } from '../../domain/enums.js';
import { languageTagInput, refInput, textInput, uuidInput } from '../../http/inputs.js';
import { languageQuery, listParam } from '../../http/params.js';
import { IdSchema, pageSchema, paginationQuery, uuidParams } from '../../http/schemas.js';
import { CLAIM_TYPES, labelFields } from '../common/schemas.js';
import { SourceCreateSchema } from '../sources/schemas.js';

export { ClaimCitationSchema } from '../common/schemas.js';

export const CitationParams = uuidParams('citation', '5bdeb914-8e26-5b64-b225-aaa6a0f4b4e6');
export const GetCitationQuery = z.strictObject({ ...languageQuery });

export const UncitedClaimSchema = z
  .object({
    type: z.enum(CLAIM_TYPES).openapi({ description: 'What kind of claim it is.', example: 'participation' }),
    id: IdSchema.openapi({ description: 'The id of the claim; fetch it at `/v1/{type}s/{id}`.' }),
    label: labelFields.label.openapi({
      description: 'What the claim is about, in the best available requested language (only with `lang` or `Accept-Language`).',
      example: 'سيرغي فيرشينين',
    }),
    labelLang: labelFields.labelLang,
  })
  .openapi('UncitedClaim', {
    description:
      'A claim no source backs yet. With `lang`, `label` names it: the title of an event, the actor of a participation, the member of a membership, the words of a statement, the subject event of a relation.',
  });

export const UncitedClaimPageSchema = pageSchema(UncitedClaimSchema, 'UncitedClaimPage', 'A page of uncited claims.');

export const UncitedClaimsQuery = z.strictObject({
  type: listParam(z.enum(CLAIM_TYPES, { error: `must be one of ${CLAIM_TYPES.join(', ')}` }), {
    name: 'type',
    description: 'Only claims of this kind.',
    example: ['participation', 'statement'],
  }),
  ...paginationQuery,
  ...languageQuery,
});

export type UncitedClaim = z.infer<typeof UncitedClaimSchema>;

// ---- Request bodies ----

export const CitationInputSchema = z
  .strictObject({
    sourceId: uuidInput.optional().openapi({ description: 'An existing source; or give `source` to create one.' }),
    source: SourceCreateSchema.optional().openapi({ description: 'A new source, created with the citation.' }),
    excerpt: textInput(5_000).nullable().optional().openapi({
      description: 'The passage the claim rests on, exactly as the source writes it.',
      example: 'التقى مساعد وزير الخارجية الايرانية للشرق الأوسط حسين جابري أنصاري',
    }),
    excerptLang: languageTagInput.nullable().optional().openapi({ description: 'The language of the excerpt.', example: 'ar' }),
    locator: textInput(200).nullable().optional().openapi({ description: 'Where in the source.', example: 'paragraph 1' }),
  })
  .superRefine((c, ctx) => {
    if ((c.sourceId === undefined) === (c.source === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'give exactly one of sourceId and source' });
    }
    if ((c.excerpt == null) !== (c.excerptLang == null)) {
      ctx.addIssue({ code: 'custom', path: ['excerptLang'], message: 'is required with an excerpt, and only with one' });
    }
  })
  .openapi('CitationInput', { description: 'A source backing the claim: an existing one by id, or a new one.' });

export const citationsInput = z
  .array(CitationInputSchema)
  .max(50, 'must have at most 50 citations')
  .openapi({ description: 'The sources for this claim, created with it in the same transaction.' });

export type CitationInput = z.infer<typeof CitationInputSchema>;

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
export const CitationDocument = z
  .strictObject({ sourceId: uuidInput, excerpt, excerptLang, locator })
  .superRefine((c, ctx) => checkSourceAndExcerpt(c, ctx, false));

export type CitationDoc = z.infer<typeof CitationDocument>;
