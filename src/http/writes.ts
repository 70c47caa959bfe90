// TEMPORARY shim while resources move to the new modules; removed at the end.
import type { Context } from 'hono';
import { checkIfMatch as check, representationTag } from './etag.js';
export { diff, mergePatch } from '../domain/merge-patch.js';
export { etagFor, etagOf, textTag } from './etag.js';
export { runWrite, type RevisionEntry, type WriteResult } from './run-write.js';
export const checkIfMatch = (c: Context, current: unknown) => check(c, () => representationTag(current));
export const checkIfMatchTag = (c: Context, tag: () => Promise<string>) => check(c, tag);
