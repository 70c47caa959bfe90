import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';

export const placesRouter = createRouter()
  .openapi(routes.listPlaces, handlers.listPlaces)
  .openapi(routes.getPlace, handlers.getPlace);
