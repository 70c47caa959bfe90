/**
 * The OpenAPI 3.1 document's top level; the paths come from the routes themselves, and the tags of
 * the resources from the registry (the timeline and search come with the events they read).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { RESOURCE_NAMES, RESOURCES } from './resources/registry.js';

type DocumentConfig = Parameters<OpenAPIHono['getOpenAPI31Document']>[0];

export const OPENAPI_INFO: DocumentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Event Timeline API',
    version: '0.1.0',
    description:
      'A timeline of political and diplomatic events — who met whom, when (even when "when" is vague), who said what, and which source says so — in Arabic and English. Every claim carries its citations. Dates are EDTF strings with derived bounds and precision. Errors are RFC 9457 problem details. Lists are cursor-paginated.',
    contact: { name: 'Event Timeline API maintainers' },
    license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
  },
  servers: [{ url: '/', description: 'This server' }],
  tags: [
    RESOURCES.events.tag,
    { name: 'Timeline', description: 'Events in chronological order, filtered by date window, actor, coalition, topic, place, kind and status; and counts per period.' },
    { name: 'Search', description: 'Full-text search in Arabic and English across events, actors, statements and sources, with relevance ranking and highlighted snippets; names found across spellings and scripts.' },
    ...RESOURCE_NAMES.filter((name) => name !== 'events').map((name) => RESOURCES[name].tag),
    { name: 'History', description: 'Who changed what, when: the revisions of each resource, and a change feed over all of them.' },
    { name: 'Operations', description: 'Liveness and readiness probes.' },
  ],
};

export function openApiDocument<E extends Env>(app: OpenAPIHono<E>) {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
