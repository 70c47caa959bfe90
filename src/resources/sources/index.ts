import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';

export const sourcesRouter = createRouter()
  .openapi(routes.listSources, handlers.listSources)
  .openapi(routes.getSource, handlers.getSource);
