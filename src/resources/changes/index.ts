/**
 * History: the revisions of one resource, and the change feed over all of them.
 *
 * The feed is ordered by transaction id, then by sequence within the transaction, and only ever
 * shows the changes of transactions older than every transaction still running. So a change
 * that commits late can never appear behind a cursor a client already holds: following
 * `nextCursor` sees every change exactly once, deletions included.
 */
import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import { RESOURCE_NAMES } from '../registry.js';

/**
 * `listRevisions` is documented once, with the collection as a path parameter, and served as one
 * route per collection: hono's fastest router (RegExpRouter) cannot hold a parameter where other
 * routes have a fixed segment (`/v1/{resource}/…` beside `/v1/events/…`), and one such route
 * sends every request of the API through its slower fallback (TrieRouter). An unknown collection
 * is then a 404, like any other path nothing is at.
 */
export const changesRouter = createRouter().openapi(routes.listChanges, handlers.listChanges);
changesRouter.openAPIRegistry.registerPath(routes.listRevisions);
for (const resource of RESOURCE_NAMES) changesRouter.openapi(routes.revisionsOf(resource), handlers.listRevisionsOf(resource));
