import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';

export const searchRouter = createRouter().openapi(routes.search, handlers.search);
