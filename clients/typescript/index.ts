/**
 * A typed client for the Event Timeline API, generated from openapi/openapi.json
 * (`npm run client:generate`) and built on openapi-fetch.
 *
 *   const api = createTimelineClient('http://localhost:3000');
 *   const { data, error } = await api.GET('/v1/timeline', { params: { query: { coalition: ['small-group'] } } });
 */
import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export function createTimelineClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}) {
  return createClient<paths>({
    baseUrl,
    // Lists are comma-separated (`style: form, explode: false`), as the API documents them.
    querySerializer: { array: { style: 'form', explode: false } },
    ...options,
  });
}

export type TimelineClient = ReturnType<typeof createTimelineClient>;
