import { z } from '@hono/zod-openapi';
import { languageQuery, listParam } from '../../http/params.js';
import { IdSchema, pageSchema, paginationQuery } from '../../http/schemas.js';
import { CLAIM_TYPES, labelFields } from '../common/schemas.js';
import { uuidParams } from './claims.js';

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
