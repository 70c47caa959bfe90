// TEMPORARY shim while resources move to the new modules; removed at the end.
export { idempotencyHeader, ifMatchHeader, itemWriteErrors, locationHeaders, patchBody, writeBody, writeErrors } from './contract.js';
export const bearerSecurity = [{ bearerAuth: [] }];
