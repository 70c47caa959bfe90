// TEMPORARY shim while resources move to the new modules; removed at the end.
export { assertExist, assertUnreferenced } from './references.js';
export { parseBody } from '../../http/validation.js';
export { insertCitations } from '../citations/claims.js';
export { insertSource, instant, sourceColumns, sourceDocument } from '../sources/columns.js';
