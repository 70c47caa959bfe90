import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const sourcesRouter = createRouter()
  .openapi(routes.listSources, handlers.listSources)
  .openapi(routes.getSource, handlers.getSource)
  .openapi(routes.createSource, writes.createSource)
  .openapi(routes.updateSource, writes.updateSource)
  .openapi(routes.deleteSource, writes.deleteSource);
