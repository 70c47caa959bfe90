import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const topicsRouter = createRouter()
  .openapi(routes.listTopics, handlers.listTopics)
  .openapi(routes.getTopic, handlers.getTopic)
  .openapi(routes.createTopic, writes.createTopic)
  .openapi(routes.updateTopic, writes.updateTopic)
  .openapi(routes.deleteTopic, writes.deleteTopic);
