import { v5 as uuidv5, v7 as uuidv7, validate, version } from 'uuid';

/** A new, time-ordered (UUIDv7) id: inserts stay local in the primary-key index. */
export function newId(): string {
  return uuidv7();
}

const NAMESPACE = '6f1d3c1e-8a53-4f57-9a43-3c5f1e0b7d21';

/** A stable id derived from a natural key, so that seeding the same fact twice yields the same row. */
export function stableId(key: string): string {
  return uuidv5(key, NAMESPACE);
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}

/** Slugs: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A UUID in any case, or a slug: the shape of a reference by id or slug (the contract's `pattern`). */
export const ID_OR_SLUG_PATTERN = new RegExp(
  `^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|${SLUG_PATTERN.source.slice(1, -1)})$`,
);
