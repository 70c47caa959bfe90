import { z } from '@hono/zod-openapi';
import { RELATION_TYPES } from '../../domain/enums.js';
import { languageQuery } from '../../http/params.js';
import { IdSchema, LanguageMapSchema, uuidParams } from '../../http/schemas.js';
import { CitationSchema, EventRefSchema } from '../common/schemas.js';

export const RelationRecordSchema = z
  .object({
    id: IdSchema.openapi({ description: 'The id of the relation.' }),
    subject: EventRefSchema.openapi({ description: 'The event the relation is read from.' }),
    type: z
      .enum(RELATION_TYPES)
      .openapi({ description: 'How the events relate, read subject → object.', example: 'continues' }),
    object: EventRefSchema.openapi({ description: 'The event the relation points at.' }),
    note: LanguageMapSchema.nullable(),
    citations: z.array(CitationSchema).openapi({ description: 'The sources for this relation.' }),
  })
  .openapi('Relation', {
    description: 'A typed link between two events, read "subject <type> object": consultations continue a process.',
  });

export const RelationParams = uuidParams('relation', 'd57dc8fe-0c67-5d0d-8119-ec0990924ce5');
export const GetRelationQuery = z.strictObject({ ...languageQuery });

export type RelationRecord = z.infer<typeof RelationRecordSchema>;
