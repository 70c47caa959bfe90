/** The OpenAPI 3.1 document's top level; the paths come from the routes themselves. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';

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
    { name: 'Events', description: 'Meetings, processes, disputes, statements and situations, with their dates, places, participants and sources.' },
    { name: 'Timeline', description: 'Events in chronological order, filtered by date window, actor, coalition, topic, place, kind and status; and counts per period.' },
    { name: 'Search', description: 'Full-text search in Arabic and English across events, actors, statements and sources, with relevance ranking and highlighted snippets; names found across spellings and scripts.' },
    { name: 'Actors', description: 'People, organisations, states and coalitions: their names and spellings, the events they take part in, their posts and memberships, and their statements.' },
    { name: 'Places', description: 'Cities, countries and regions, and the places they lie within.' },
    { name: 'Topics', description: 'The threads events belong to: Syria, Idlib, the Astana process.' },
    { name: 'Sources', description: 'The documents cited for claims: articles, communiqués and transcripts.' },
    { name: 'Statements', description: 'Words attributed to actors, quoted or reported, in their original language with translations and citations.' },
    { name: 'Participations', description: "Actors' parts in events: who took part in which role, and the sources that say so." },
    { name: 'Memberships', description: 'Posts actors hold in states and organisations, and their memberships of groups, with their dates and sources.' },
    { name: 'Relations', description: 'Typed links between events: one continues, is part of, precedes or responds to another.' },
    { name: 'Citations', description: 'The sources behind each claim, with the passage each rests on; and the claims no source backs yet.' },
    { name: 'History', description: 'Who changed what, when: the revisions of each resource, and a change feed over all of them.' },
    { name: 'Operations', description: 'Liveness and readiness probes.' },
  ],
};

export function openApiDocument<E extends Env>(app: OpenAPIHono<E>) {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
