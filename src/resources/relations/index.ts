import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const relationsRouter = createRouter()
  .openapi(routes.getRelation, handlers.getRelation)
  .openapi(routes.createRelation, writes.createRelation)
  .openapi(routes.updateRelation, writes.updateRelation)
  .openapi(routes.deleteRelation, writes.deleteRelation);
