import { queryDigest } from '../../src/http/cursor.js';

/** The digest of an unfiltered /v1/events query, to forge cursors in tests. */
export const digest = queryDigest({ order: 'desc' });
