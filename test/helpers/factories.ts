/** Test data: each call makes fresh rows with unique slugs, so tests never share data. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import { dateColumns } from '../../src/db/dates.js';
import { events } from '../../src/db/schema/index.js';
import type { EventKind } from '../../src/domain/enums.js';

export const uniqueSlug = (prefix = 't') => `${prefix}-${randomBytes(5).toString('hex')}`;

export async function insertEvent(db: Db, overrides: { date?: string; kind?: EventKind; slug?: string; title?: Record<string, string> } = {}) {
  const slug = overrides.slug ?? uniqueSlug('event');
  const [row] = await db
    .insert(events)
    .values({
      slug,
      kind: overrides.kind ?? 'meeting',
      status: 'concluded',
      title: overrides.title ?? { en: `Test event ${slug}` },
      ...dateColumns(overrides.date ?? '2020-05-17'),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
