import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { resolveLanguage } from '../../domain/language.js';
import { ApiError, pointer } from '../../http/problem.js';
import { pager, present, presentItem, requestedLanguages } from '../../http/present.js';
import { CLAIM_TYPES, type ClaimType } from '../common/schemas.js';
import { notFound } from '../registry.js';
import { findCitation, listUncitedClaimsPage, type UncitedKey } from './queries.js';
import type * as routes from './routes.js';
import { ClaimCitationSchema, UncitedClaimPageSchema, type UncitedClaim } from './schemas.js';

export const getCitation: RouteHandler<typeof routes.getCitation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const citation = await findCitation(c.get('db'), id.toLowerCase());
  if (!citation) throw notFound('citation', id);
  return c.json(presentItem(c, ClaimCitationSchema, citation, query.lang), 200);
};

export const listUncitedClaims: RouteHandler<typeof routes.listUncitedClaims, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const page = pager(query);
  const position = page.byText(query.cursor);
  if (position && !CLAIM_TYPES.includes(position[0] as ClaimType)) {
    throw new ApiError('invalid_cursor', 'The cursor is not a cursor for this list.', {
      errors: [{ pointer: pointer('query', ['cursor']), detail: 'is not a cursor for this list' }],
    });
  }
  const { items, more } = await listUncitedClaimsPage(c.get('db'), {
    limit: query.limit,
    ...(query.type ? { types: query.type } : {}),
    ...(position ? { after: position as UncitedKey } : {}),
  });
  const languages = requestedLanguages(c, query.lang);
  const data = items.map(({ type, id, text }): UncitedClaim => ({
    type,
    id,
    ...(languages.length ? resolveLanguage(text, languages) : {}),
  }));
  const last = items.at(-1);
  const nextCursor = page.next(c, more, last && [last.type, last.id]);
  return c.json(present(c, UncitedClaimPageSchema, { data, nextCursor }, query.lang), 200);
};
