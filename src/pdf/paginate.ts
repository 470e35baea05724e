/**
 * Step 3 of the pipeline: measured items → A4 pages. Items are stacked from the top margin; the
 * space above an item is dropped at the top of a page; a heading stays with what follows it
 * (keep-with-next chains), a table row that starts a page gets its table's header again (as
 * decoration: it is read once), and every section's first page is recorded for the table of
 * contents and the bookmarks.
 */
import type { Bookmark, LaidDocument, LaidItem, Page, Paginated } from './model';
import { theme } from './theme';

const TOP = theme.margin.top;
const BOTTOM = theme.page.height - theme.margin.bottom;

/**
 * Height of the keep-with-next chain that starts at `i` (the items that must share a page), or of
 * its first `limit` items.
 */
function chainHeight(items: readonly LaidItem[], i: number, limit = Infinity): number {
  let height = items[i].height;
  let j = i;
  while (items[j].keepWithNext && j + 1 < items.length && !items[j + 1].breakBefore && j + 1 - i < limit) {
    j++;
    height += items[j].spaceBefore + items[j].height;
  }
  return height;
}

/** A chain taller than a page still keeps its first items together (a heading, a caption, a table's header and first row). */
const LEAD = 4;

/** Pages of a laid-out document (cover, table of contents and structure tree may be left out). */
export function paginate(input: Partial<LaidDocument> & Pick<LaidDocument, 'body'>): Paginated {
  const pages: Page[] = [];
  const bookmarks: Bookmark[] = [];
  const sectionPages: Record<string, number> = {};
  let page: Page | undefined;
  let y = TOP;

  const newPage = (bare: boolean) => {
    page = { items: [], bare };
    pages.push(page);
    y = TOP;
  };

  const place = (item: LaidItem, artifact = false) => {
    const space = page!.items.length === 0 ? 0 : item.spaceBefore;
    const top = y + space;
    page!.items.push({ item, top, ...(artifact && { artifact: true }) });
    y = top + item.height;
    if (item.bookmark) {
      bookmarks.push({ ...item.bookmark, page: pages.length, top });
      if (item.bookmark.level === 0 && sectionPages[item.bookmark.section] === undefined) sectionPages[item.bookmark.section] = pages.length;
    }
  };

  const flow = (items: readonly LaidItem[], bare: boolean) => {
    newPage(bare);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.breakBefore && page!.items.length > 0) newPage(bare);
      const space = page!.items.length === 0 ? 0 : item.spaceBefore;
      const chain = chainHeight(items, i);
      const fitsFresh = chain <= BOTTOM - TOP;
      const needed = fitsFresh ? chain : Math.min(chainHeight(items, i, LEAD), BOTTOM - TOP);
      if (page!.items.length > 0 && y + space + needed > BOTTOM) {
        newPage(bare);
        if (item.repeat) place(item.repeat, true);
      }
      place(item);
    }
  };

  if (input.cover?.length) flow(input.cover, true);
  if (input.toc?.length) flow(input.toc, false);
  flow(input.body, false);
  return { pages, bookmarks, sectionPages, structure: input.structure ?? { id: 0, role: 'Document', children: [] } };
}
