import { z } from '@hono/zod-openapi';
import { uuidParams } from '../../http/schemas.js';
import { languageQuery } from '../../http/params.js';
import { ActorRefSchema } from '../common/schemas.js';
import { MembershipSchema } from '../actors/schemas.js';

export const MembershipRecordSchema = MembershipSchema.extend({
  member: ActorRefSchema.openapi({ description: 'The actor holding the post, or belonging to the group.' }),
}).openapi('MembershipRecord', {
  description: 'A membership on its own, with both sides: the member and the organisation, state or coalition.',
});

export const MembershipParams = uuidParams('membership', '68062c2e-9888-5485-a48b-65432e16c87b');
export const GetMembershipQuery = z.strictObject({ ...languageQuery });

export type MembershipRecord = z.infer<typeof MembershipRecordSchema>;
