import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const actorsRouter = createRouter()
  .openapi(routes.listActors, handlers.listActors)
  .openapi(routes.getActor, handlers.getActor)
  .openapi(routes.listActorEvents, handlers.listActorEvents)
  .openapi(routes.listActorMemberships, handlers.listActorMemberships)
  .openapi(routes.listActorMembers, handlers.listActorMembers)
  .openapi(routes.listActorStatements, handlers.listActorStatements)
  .openapi(routes.createActor, writes.createActor)
  .openapi(routes.updateActor, writes.updateActor)
  .openapi(routes.deleteActor, writes.deleteActor);
