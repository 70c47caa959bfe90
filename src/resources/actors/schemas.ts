import { z } from '@hono/zod-openapi';
import { ACTOR_KINDS, MEMBERSHIP_KINDS, PARTICIPATION_ROLES } from '../../domain/enums.js';
import { languageMapInput, languageTagInput, MAX_LANGUAGES, slugInput, textInput } from '../../http/inputs.js';
import { languageQuery, listParam, searchFilterParam, sortParam } from '../../http/params.js';
import {
  AliasMapSchema,
  EdtfDateSchema,
  IdSchema,
  LanguageMapSchema,
  SlugSchema,
  TimestampSchema,
  idOrSlugParam,
  pageSchema,
  paginationQuery,
} from '../../http/schemas.js';
import { ActorRefSchema, CitationSchema, labelFields } from '../common/schemas.js';
import { EventSchema, ParticipationRoleSchema } from '../events/schemas.js';
import { slugSortParam } from '../common/lists.js';

export { StatementPageSchema } from '../common/schemas.js';

export const ActorKindSchema = z.enum(ACTOR_KINDS).openapi('ActorKind', {
  description: 'What kind of actor this is. Clients must tolerate values added later.',
  example: 'person',
});

export const ActorSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'sergei-vershinin' }),
    kind: ActorKindSchema,
    name: LanguageMapSchema,
    aliases: AliasMapSchema,
    description: LanguageMapSchema.nullable().openapi({
      description: 'Who or what the actor is, in a sentence or two.',
    }),
    wikidataId: z
      .string()
      .nullable()
      .openapi({ description: 'The Wikidata item (QID) of the actor, when known.', example: 'Q159' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
  })
  .openapi('Actor', {
    description:
      'A person, organisation, state or coalition: its name per language, and the other names and spellings sources use for it.',
  });

export const ActorPageSchema = pageSchema(ActorSchema, 'ActorPage', 'A page of actors.');

export const ActorEventSchema = EventSchema.omit({
  place: true,
  topics: true,
  participants: true,
  citations: true,
  sources: true,
  statements: true,
})
  .extend({
    roles: z
      .array(ParticipationRoleSchema)
      .openapi({ description: "The actor's parts in the event.", example: ['host'] }),
  })
  .openapi('ActorEvent', { description: 'An event an actor takes part in, with its roles in it.' });

export const ActorEventPageSchema = pageSchema(ActorEventSchema, 'ActorEventPage', "A page of an actor's events.");

export const MembershipKindSchema = z.enum(MEMBERSHIP_KINDS).openapi('MembershipKind', {
  description:
    '`post`: a post held in a state or organisation; `member`: belonging to a group. Clients must tolerate values added later.',
  example: 'post',
});

const membershipFields = {
  id: IdSchema.openapi({ description: 'The id of the membership.' }),
  kind: MembershipKindSchema,
  role: LanguageMapSchema.nullable().openapi({
    description: 'The post or role held, e.g. "Deputy Foreign Minister"; null for plain membership.',
  }),
  start: EdtfDateSchema.nullable().openapi({ description: 'When it began; null when unknown.' }),
  end: EdtfDateSchema.nullable().openapi({ description: 'When it ended; null when unknown or not over.' }),
  citations: z.array(CitationSchema).openapi({ description: 'The sources for this membership.' }),
  ...labelFields,
};

export const MembershipSchema = z
  .object({ ...membershipFields, organization: ActorRefSchema })
  .openapi('Membership', {
    description:
      'A post an actor holds in a state or organisation, or its membership of a group, with its dates and sources.',
  });

export const MemberSchema = z
  .object({ ...membershipFields, member: ActorRefSchema })
  .openapi('Member', {
    description:
      'An actor belonging to a coalition, or holding a post in an organisation or state, with its dates and sources.',
  });

export const MembershipPageSchema = pageSchema(MembershipSchema, 'MembershipPage', "A page of an actor's memberships.");
export const MemberPageSchema = pageSchema(MemberSchema, 'MemberPage', "A page of a group's members.");

// ---- Query parameters ----

export const ListActorsQuery = z.strictObject({
  q: searchFilterParam({
    description: 'Actors whose name, alias or description matches this search, or whose name or an alias is spelled like it (trigram similarity, across scripts).',
    example: 'Lavrentyev',
  }),
  kind: listParam(z.enum(ACTOR_KINDS, { error: `must be one of ${ACTOR_KINDS.join(', ')}` }), {
    name: 'kind',
    description: 'Actors of this kind.',
    example: ['state', 'coalition'],
  }),
  sort: slugSortParam(),
  ...paginationQuery,
  ...languageQuery,
});

export const GetActorQuery = z.strictObject({ ...languageQuery });

const DATE_SORTS = ['date', '-date'] as const;

export const ActorEventsQuery = z.strictObject({
  role: listParam(z.enum(PARTICIPATION_ROLES, { error: `must be one of ${PARTICIPATION_ROLES.join(', ')}` }), {
    name: 'role',
    description: 'Only events where the actor has this role.',
    example: ['host'],
  }),
  sort: sortParam(DATE_SORTS, '-date', 'Order by date bounds (earliest, then latest, then id).'),
  ...paginationQuery,
  ...languageQuery,
});

export const ActorStatementsQuery = z.strictObject({
  sort: sortParam(
    DATE_SORTS,
    'date',
    'Order by date bounds (earliest, then latest, then id); undated statements count as unbounded.',
  ),
  ...paginationQuery,
  ...languageQuery,
});

export const MembershipsQuery = z.strictObject({ ...paginationQuery, ...languageQuery });

export const ActorParams = idOrSlugParam('sergei-vershinin');
export const GroupParams = idOrSlugParam('small-group');

export type Actor = z.infer<typeof ActorSchema>;
export type ActorEvent = z.infer<typeof ActorEventSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type Member = z.infer<typeof MemberSchema>;

// ---- Request bodies ----

const aliasesInput = z
  .record(
    languageTagInput,
    z.array(textInput(200)).min(1, 'must have at least one alias').max(50, 'must have at most 50 aliases'),
  )
  .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
  .openapi({
    description: 'Other names and spellings per language (BCP 47 tag → list of up to 50, each at most 200 characters).',
    example: { en: ['Sergey Vershinin', 'Vershinin'], ar: ['فيرشينين'] },
  });

const wikidataIdInput = z
  .string()
  .max(20, 'must be at most 20 characters')
  .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q159')
  .openapi({ description: 'The Wikidata item (QID).', example: 'Q159' });

const actorFields = {
  slug: slugInput.openapi({ example: 'sergei-vershinin' }),
  kind: z.enum(ACTOR_KINDS, { error: `must be one of ${ACTOR_KINDS.join(', ')}` }).openapi({ example: 'person' }),
  name: languageMapInput(500),
  aliases: aliasesInput.optional(),
  description: languageMapInput(5_000).nullable().optional(),
  wikidataId: wikidataIdInput.nullable().optional(),
};

/** The writable fields of an actor, as a document a merge patch applies to. */
export const ActorDocument = z.strictObject(actorFields);

export const ActorCreateSchema = z
  .strictObject(actorFields)
  .openapi('ActorCreate', {
    description: 'A new actor: a person, organisation, state or coalition.',
    // The ministry Vershinin and Ryabkov serve in, which the seed does not have as an actor.
    example: {
      slug: 'russian-foreign-ministry',
      kind: 'organisation',
      name: { ar: 'وزارة الخارجية الروسية', en: 'Ministry of Foreign Affairs of Russia' },
      aliases: { en: ['Russian Foreign Ministry', 'MFA of Russia'], ar: ['الخارجية الروسية'] },
    },
  });

export const ActorPatchSchema = z
  .strictObject({
    slug: actorFields.slug.optional(),
    kind: actorFields.kind.optional(),
    name: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the name; `null` removes a language.' }),
    aliases: z
      .record(z.string(), z.array(z.string()).nullable())
      .nullable()
      .optional()
      .openapi({
        description: 'Merged by language: a list given replaces the list of that language; `null` removes a language, or all aliases.',
      }),
    description: z.record(z.string(), z.string().nullable()).nullable().optional(),
    wikidataId: wikidataIdInput.nullable().optional(),
  })
  .openapi('ActorPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

export type ActorDocument = z.infer<typeof ActorDocument>;
