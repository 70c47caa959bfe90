import { z } from '@hono/zod-openapi';
import { RELATION_TYPES } from '../../domain/enums.js';
import { languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { languageQuery } from '../../http/params.js';
import { IdSchema, LanguageMapSchema, uuidParams } from '../../http/schemas.js';
import { citationsInput } from '../citations/schemas.js';
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

// ---- Request bodies ----

const relationFields = {
  subjectId: refInput('The event the relation is read from.'),
  type: z.enum(RELATION_TYPES, { error: `must be one of ${RELATION_TYPES.join(', ')}` }).openapi({
    description: 'How the events relate, read subject → object.',
    example: 'continues',
  }),
  objectId: refInput('The event the relation points at; not the subject.'),
  note: languageMapInput(2_000).nullable().optional().openapi({
    description: 'More on the link (language → text).',
    example: { en: 'The ninth round of the process' },
  }),
};

/** The writable fields of a relation, as a document a merge patch applies to. */
export const RelationDocument = z.strictObject(relationFields);

export const RelationCreateSchema = z
  .strictObject({ ...relationFields, citations: citationsInput.optional() })
  .openapi('RelationCreate', {
    description: 'A new relation between two events, with the sources for it.',
    // Two seeded events the article names together (paragraph 2); the seed does not link them.
    example: {
      subjectId: '6d63db14-ec57-526d-ae92-47b7ca8c1608',
      type: 'contemporaneous_with',
      objectId: 'a2a4a43c-68e6-592e-95b8-869db020221d',
      note: { en: 'Both named as milestones of the Syrian file at the time' },
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'في وقت يشهد الملف السوري استحقاقات ابرزها الوضع المعقد في إدلب و الانسحاب الاميركي المبهم',
          excerptLang: 'ar',
          locator: 'paragraph 2',
        },
      ],
    },
  });

export const RelationPatchSchema = z
  .strictObject({
    subjectId: relationFields.subjectId.optional(),
    type: relationFields.type.optional(),
    objectId: relationFields.objectId.optional(),
    note: languageMapPatchInput(2_000).nullable().optional(),
  })
  .openapi('RelationPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `note` merges by language.',
  });

export type RelationDocument = z.infer<typeof RelationDocument>;
