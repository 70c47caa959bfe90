import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const membershipsRouter = createRouter()
  .openapi(routes.getMembership, handlers.getMembership)
  .openapi(routes.createMembership, writes.createMembership)
  .openapi(routes.updateMembership, writes.updateMembership)
  .openapi(routes.deleteMembership, writes.deleteMembership);
