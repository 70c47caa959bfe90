import type { Db } from '../db/client.js';
import type { Logger } from './logger.js';

/** What every handler can read from the context. */
export interface AppVariables {
  db: Db;
  requestId: string;
  logger: Logger;
}

export interface AppEnv {
  Variables: AppVariables;
}
