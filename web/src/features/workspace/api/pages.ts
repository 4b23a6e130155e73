import type { Page } from '@/lib/api-types';

/** The most items a page of the API holds (docs/API.md "Pagination"). */
export const LIST_LIMIT = 100;

/** Every item of a list, read page after page with `nextToken` until the last page. */
export async function allItems<T>(readPage: (nextToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await readPage(nextToken);
    items.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}
