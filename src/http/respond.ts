// TEMPORARY shim while resources move to the new modules; removed at the end.
export * from './present.js';
