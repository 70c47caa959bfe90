import { z } from '@hono/zod-openapi';
import { parseEdtf } from '../../domain/edtf.js';
import { MEMBERSHIP_KINDS } from '../../domain/enums.js';
import { edtfInput, languageMapInput, languageMapPatchInput, refInput } from '../../http/inputs.js';
import { uuidParams } from '../../http/schemas.js';
import { languageQuery } from '../../http/params.js';
import { citationsInput } from '../citations/schemas.js';
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

// ---- Request bodies ----

const membershipFields = {
  kind: z.enum(MEMBERSHIP_KINDS, { error: `must be one of ${MEMBERSHIP_KINDS.join(', ')}` }).openapi({
    description: '`post`: a post held in a state or organisation; `member`: belonging to a group.',
    example: 'post',
  }),
  memberId: refInput('The actor holding the post, or belonging to the group.'),
  organizationId: refInput('The organisation, state or coalition.'),
  role: languageMapInput(500).nullable().optional().openapi({
    description: 'The post or role held (language → text); `null` for plain membership.',
    example: { en: 'Deputy Foreign Minister', ar: 'نائب وزير الخارجية' },
  }),
  start: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When it began, in EDTF; absent when unknown.', example: '2018' }),
  end: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When it ended, in EDTF; absent when unknown or not over.', example: '2019-06~' }),
};

/** An end certainly before the start is refused, naming `end`. */
function endNotBeforeStart(
  doc: { start?: string | null | undefined; end?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (!doc.start || !doc.end) return;
  try {
    const start = parseEdtf(doc.start).earliest;
    const end = parseEdtf(doc.end).latest;
    if (start && end && start > end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before `start`' });
    }
  } catch {
    // An invalid date is reported by its own field.
  }
}

/** The writable fields of a membership, as a document a merge patch applies to. */
export const MembershipDocument = z.strictObject(membershipFields).superRefine(endNotBeforeStart);

export const MembershipCreateSchema = z
  .strictObject({ ...membershipFields, citations: citationsInput.optional() })
  .superRefine(endNotBeforeStart)
  .openapi('MembershipCreate', {
    description:
      'A new membership; the server derives its date bounds from `start` and `end`. An end before the start is a 400.',
    // Russia's seat on the Security Council (both seeded actors; the seed has no such membership).
    example: {
      kind: 'member',
      memberId: '95d1fd3c-da90-5828-a34d-64b589ab5a2f',
      organizationId: '38fedb0b-6374-5eba-8e11-85b49f946e81',
      role: { en: 'Permanent member', ar: 'عضو دائم' },
      start: '1991-12',
    },
  });

export const MembershipPatchSchema = z
  .strictObject({
    kind: membershipFields.kind.optional(),
    memberId: membershipFields.memberId.optional(),
    organizationId: membershipFields.organizationId.optional(),
    role: languageMapPatchInput(500).nullable().optional(),
    start: membershipFields.start,
    end: membershipFields.end,
  })
  .openapi('MembershipPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `role` merges by language.',
  });

export type MembershipDocument = z.infer<typeof MembershipDocument>;
