import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const placesRouter = createRouter()
  .openapi(routes.listPlaces, handlers.listPlaces)
  .openapi(routes.getPlace, handlers.getPlace)
  .openapi(routes.createPlace, writes.createPlace)
  .openapi(routes.updatePlace, writes.updatePlace)
  .openapi(routes.deletePlace, writes.deletePlace);
