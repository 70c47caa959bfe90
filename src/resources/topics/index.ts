import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';

export const topicsRouter = createRouter()
  .openapi(routes.listTopics, handlers.listTopics)
  .openapi(routes.getTopic, handlers.getTopic);
