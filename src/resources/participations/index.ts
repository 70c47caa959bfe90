import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const participationsRouter = createRouter()
  .openapi(routes.getParticipation, handlers.getParticipation)
  .openapi(routes.createParticipation, writes.createParticipation)
  .openapi(routes.updateParticipation, writes.updateParticipation)
  .openapi(routes.deleteParticipation, writes.deleteParticipation);
