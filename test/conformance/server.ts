/**
 * The app under test for the conformance suite: the shared harness, with quotas far above what
 * the suite sends, so that no check meets a 429. The rate limiter itself still runs (and sets its
 * headers).
 */
import { createHarness } from '../helpers/harness.js';

export const SUITE_QUOTA = 1_000_000;

export async function startConformanceServer() {
  const h = await createHarness({ rateLimit: { reads: SUITE_QUOTA, writes: SUITE_QUOTA } });
  return {
    baseUrl: h.baseUrl,
    database: h.database,
    /** Error lines the app logged (unhandled errors among them). */
    get errors() {
      return h.logs.filter((entry) => entry.level === 'error');
    },
    close: () => h.close(),
  };
}
