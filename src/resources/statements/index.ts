import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';

export const statementsRouter = createRouter()
  .openapi(routes.listStatements, handlers.listStatements)
  .openapi(routes.getStatement, handlers.getStatement);
