import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const citationsRouter = createRouter()
  .openapi(routes.getCitation, handlers.getCitation)
  .openapi(routes.createCitation, writes.createCitation)
  .openapi(routes.updateCitation, writes.updateCitation)
  .openapi(routes.deleteCitation, writes.deleteCitation)
  .openapi(routes.listUncitedClaims, handlers.listUncitedClaims);
