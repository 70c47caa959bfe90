import { createRouter } from '../../http/router.js';
import * as handlers from './handlers.js';
import * as routes from './routes.js';
import * as writes from './writes.js';

export const eventsRouter = createRouter()
  .openapi(routes.listEvents, handlers.listEvents)
  .openapi(routes.getEvent, handlers.getEvent)
  .openapi(routes.listEventParticipants, handlers.listEventParticipants)
  .openapi(routes.listEventStatements, handlers.listEventStatements)
  .openapi(routes.listRelatedEvents, handlers.listRelatedEvents)
  .openapi(routes.listEventCitations, handlers.listEventCitations)
  .openapi(routes.createEvent, writes.createEvent)
  .openapi(routes.updateEvent, writes.updateEvent)
  .openapi(routes.deleteEvent, writes.deleteEvent);

export const timelineRouter = createRouter()
  .openapi(routes.getTimeline, handlers.getTimeline)
  .openapi(routes.getTimelineHistogram, handlers.getTimelineHistogram);
