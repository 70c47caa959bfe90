import { z } from '@hono/zod-openapi';
import { PARTICIPATION_ROLES } from '../../domain/enums.js';
import { languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { languageQuery } from '../../http/params.js';
import { IdSchema, uuidParams } from '../../http/schemas.js';
import { citationsInput } from '../citations/schemas.js';
import { ParticipantSchema } from '../events/schemas.js';

export const ParticipationSchema = ParticipantSchema.extend({
  eventId: IdSchema.openapi({ description: 'The event the actor takes part in.' }),
}).openapi('Participation', { description: "An actor's part in an event, with its role and the sources for it." });

export const ParticipationParams = uuidParams('participation', 'd704c1a2-66ff-5bac-9989-1b19f30f73fa');
export const GetParticipationQuery = z.strictObject({ ...languageQuery });

export type Participation = z.infer<typeof ParticipationSchema>;

// ---- Request bodies ----

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
export const ParticipationDocument = z.strictObject(participationFields);

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

export type ParticipationDocument = z.infer<typeof ParticipationDocument>;
