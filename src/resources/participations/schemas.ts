import { z } from '@hono/zod-openapi';
import { languageQuery } from '../../http/params.js';
import { IdSchema } from '../../http/schemas.js';
import { ParticipantSchema } from '../events/schemas.js';
import { uuidParams } from '../citations/claims.js';

export const ParticipationSchema = ParticipantSchema.extend({
  eventId: IdSchema.openapi({ description: 'The event the actor takes part in.' }),
}).openapi('Participation', { description: "An actor's part in an event, with its role and the sources for it." });

export const ParticipationParams = uuidParams('participation', '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11');
export const GetParticipationQuery = z.strictObject({ ...languageQuery });

export type Participation = z.infer<typeof ParticipationSchema>;
