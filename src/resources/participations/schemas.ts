import { z } from '@hono/zod-openapi';
import { languageQuery } from '../../http/params.js';
import { IdSchema, uuidParams } from '../../http/schemas.js';
import { ParticipantSchema } from '../events/schemas.js';

export const ParticipationSchema = ParticipantSchema.extend({
  eventId: IdSchema.openapi({ description: 'The event the actor takes part in.' }),
}).openapi('Participation', { description: "An actor's part in an event, with its role and the sources for it." });

export const ParticipationParams = uuidParams('participation', 'd704c1a2-66ff-5bac-9989-1b19f30f73fa');
export const GetParticipationQuery = z.strictObject({ ...languageQuery });

export type Participation = z.infer<typeof ParticipationSchema>;
