/** Following cursors through a whole list, the way a client does. */
import { expect } from 'vitest';
import type { Harness } from './harness.js';

export interface Item {
  id: string;
  slug?: string;
  [key: string]: unknown;
}

/** Walks every page of a list with a page size; checks each page's status and size on the way. */
export async function walkPages<T extends { id: string } = Item>(
  http: Harness['http'],
  path: string,
  params: Record<string, string | number>,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await http.get(path).query({ ...params, limit, ...(cursor ? { cursor } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
    pages++;
    if (pages > 1000) throw new Error('pagination does not end');
  } while (cursor);
  return { items, pages };
}
