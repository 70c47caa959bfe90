/** The history's schemas: a revision, its pages, and the path of a resource's revisions. */
import { z } from '@hono/zod-openapi';
import { REVISION_ACTIONS } from '../../db/schema/index.js';
import { IdSchema, paginationQuery, TimestampSchema } from '../../http/schemas.js';
import { RESOURCE_NAMES, type ResourceName } from '../registry.js';

export const RevisionSchema = z
  .object({
    seq: z.string().openapi({ description: 'The position of this change in the history (a 64-bit integer, as a string).', example: '42' }),
    resource: z.enum(RESOURCE_NAMES).openapi({ description: 'The collection of the resource.', example: 'events' }),
    resourceId: IdSchema,
    action: z.enum(REVISION_ACTIONS).openapi({ description: 'What the write did.', example: 'update' }),
    version: z.number().int().openapi({ description: 'The resource version after the write (before it, for a delete).', example: 2 }),
    at: TimestampSchema.openapi({ description: 'When the write was made.' }),
    author: z
      .object({ keyId: IdSchema, name: z.string().openapi({ example: 'newsroom curation' }) })
      .nullable()
      .openapi({ description: 'The API key that made the write; `null` for data loaded by the server (the seed).' }),
    changes: z.record(z.string(), z.unknown()).openapi({
      description: 'For an update, each changed field as `{ from, to }`; for a create or a delete, the whole resource.',
      example: { kind: { from: 'meeting', to: 'consultation' } },
    }),
  })
  .openapi('Revision', { description: 'One write to one resource.' });

export const RevisionPageSchema = z
  .object({
    data: z.array(RevisionSchema),
    nextCursor: z.string().nullable().openapi({ description: 'The next page, or `null` at the end.', example: null }),
  })
  .openapi('RevisionPage', { description: 'A page of revisions, oldest first.' });

export const ChangePageSchema = z
  .object({
    data: z.array(RevisionSchema),
    nextCursor: z.string().openapi({
      description: 'Where to resume: always present. Pass it as `since` to get the changes made after this page, now or later.',
      example: 'eyJ2IjoxLCJrIjpbIjAiLCIwIl0sInEiOiItIn0',
    }),
  })
  .openapi('ChangePage', { description: 'A page of the change feed, in commit order.' });

export const revisionsRequest = {
  params: z.object({
    resource: z.enum(RESOURCE_NAMES, { error: `must be one of ${RESOURCE_NAMES.join(', ')}` }).openapi({
      param: { name: 'resource', in: 'path' },
      description: 'The collection.',
      example: 'events',
    }),
    id: z
      .string()
      .max(200)
      .openapi({ param: { name: 'id', in: 'path' }, description: 'The resource id (UUID), or its slug while it exists.', example: 'moscow-consultations-2019' }),
  }),
  query: z.strictObject({ ...paginationQuery }),
};

/** A collection with revisions: every registered resource (routes name it through this module). */
export type RevisedResource = ResourceName;
