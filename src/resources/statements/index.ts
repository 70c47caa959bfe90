import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const statementsRouter = createRouter()
  .openapi(routes.listStatements, handlers.listStatements)
  .openapi(routes.getStatement, handlers.getStatement)
  .openapi(routes.createStatement, writes.createStatement)
  .openapi(routes.updateStatement, writes.updateStatement)
  .openapi(routes.deleteStatement, writes.deleteStatement);
