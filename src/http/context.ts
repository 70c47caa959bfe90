import type { Db } from '../db/client.js';
import type { Principal } from './auth.js';
import type { Logger } from './logger.js';

/** What every handler can read from the context. */
export interface AppVariables {
  db: Db;
  requestId: string;
  logger: Logger;
  /** The API key of the request, when it carries a valid one. */
  principal?: Principal;
}

export interface AppEnv {
  Variables: AppVariables;
}
