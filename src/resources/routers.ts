/**
 * The router of every resource in the registry, keyed by its name: a resource left out here
 * fails to compile. `createApp` mounts them in the registry's order, then the routers that
 * read across resources.
 */
import type { AppRouter } from '../http/router.js';
import { actorsRouter } from './actors/index.js';
import { changesRouter } from './changes/index.js';
import { citationsRouter } from './citations/index.js';
import { eventsRouter, timelineRouter } from './events/index.js';
import { membershipsRouter } from './memberships/index.js';
import { participationsRouter } from './participations/index.js';
import { placesRouter } from './places/index.js';
import { RESOURCE_NAMES, type ResourceName } from './registry.js';
import { relationsRouter } from './relations/index.js';
import { searchRouter } from './search/index.js';
import { sourcesRouter } from './sources/index.js';
import { statementsRouter } from './statements/index.js';
import { topicsRouter } from './topics/index.js';

const RESOURCE_ROUTERS = {
  events: eventsRouter,
  actors: actorsRouter,
  places: placesRouter,
  topics: topicsRouter,
  sources: sourcesRouter,
  statements: statementsRouter,
  participations: participationsRouter,
  memberships: membershipsRouter,
  relations: relationsRouter,
  citations: citationsRouter,
} satisfies Record<ResourceName, AppRouter>;

/** The routers of the API's reads across resources: the timeline, search and the change feed. */
const CROSS_RESOURCE_ROUTERS: AppRouter[] = [timelineRouter, searchRouter, changesRouter];

/** Every router of the API under `/v1`, in the order they are mounted (and documented). */
export const apiRouters = (): AppRouter[] => [...RESOURCE_NAMES.map((name) => RESOURCE_ROUTERS[name]), ...CROSS_RESOURCE_ROUTERS];
