// Listing pages (a category's or a tag's guides) in pages of a bounded size, so no page grows with
// the number of guides. Page 1 is the listing's own address (`/categories/account/`); page k is
// one path segment below it (`/categories/account/2/`). That pattern lives here and nowhere else.

/** Most guides one listing page shows. */
export const GUIDES_PER_PAGE = 50;

/** One page of a listing. */
export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** The items on this page, in listing order. */
  items: readonly T[];
  /** How many items the whole listing has. */
  total: number;
  /** 1-based position in the listing of this page's first item (0 when the listing is empty). */
  first: number;
  /** 1-based position in the listing of this page's last item (0 when the listing is empty). */
  last: number;
}

function checkPerPage(perPage: number): void {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`page size must be a whole number ≥ 1, got ${perPage}`);
}

/** Pages needed for `total` items: at least 1, so an empty listing still has its page. */
export function pageCount(total: number, perPage = GUIDES_PER_PAGE): number {
  checkPerPage(perPage);
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`item count must be a whole number ≥ 0, got ${total}`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** Every page of `items`, in order; an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], perPage = GUIDES_PER_PAGE): ListingPage<T>[] {
  const count = pageCount(items.length, perPage);
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * perPage, (index + 1) * perPage);
    const first = pageItems.length > 0 ? index * perPage + 1 : 0;
    return {
      number: index + 1,
      count,
      items: pageItems,
      total: items.length,
      first,
      last: pageItems.length > 0 ? first + pageItems.length - 1 : 0,
    };
  });
}

function checkPage(page: number): void {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number ≥ 1, got ${page}`);
}

/**
 * The path segment below the listing's address for page `page`: none for page 1 (the listing's
 * own address, never a `/1/` copy of it), the number for the others. A rest route's parameter.
 */
export function pageSegment(page: number): string | undefined {
  checkPage(page);
  return page === 1 ? undefined : String(page);
}

/** The address of page `page` of the listing at `base` (a path ending in `/`). */
export function pageHref(base: string, page: number): string {
  if (!base.endsWith('/')) throw new RangeError(`a listing's address must end with "/", got "${base}"`);
  const segment = pageSegment(page);
  return segment === undefined ? base : `${base}${segment}/`;
}

/** The address of every page of a listing at `base` holding `total` items, page 1 first. */
export function pageHrefs(base: string, total: number, perPage = GUIDES_PER_PAGE): string[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, index) => pageHref(base, index + 1));
}

/** A numbered link in a page list, or a gap standing for the pages left out. */
export type PageListItem = { page: number; current: boolean } | 'gap';

/**
 * Which page numbers a page list shows for page `current` of `count`: the first and last pages,
 * the current one and `neighbours` on each side, and a gap for each run of pages left out. A gap
 * would hide a single page, so that page is shown instead and a list never has "1 … 3".
 */
export function pageList(current: number, count: number, neighbours = 1): PageListItem[] {
  checkPage(count);
  checkPage(current);
  if (current > count) throw new RangeError(`page ${current} is beyond the last page, ${count}`);
  const shown = new Set([1, count]);
  for (let page = current - neighbours; page <= current + neighbours; page += 1) {
    if (page >= 1 && page <= count) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageListItem[] = [];
  pages.forEach((page, index) => {
    const before = pages[index - 1];
    if (before !== undefined && page - before === 2) items.push({ page: page - 1, current: false });
    else if (before !== undefined && page - before > 2) items.push('gap');
    items.push({ page, current: page === current });
  });
  return items;
}

/** A listing page's title: the listing's own on page 1, "…, page 2 of 7" on the others. */
export function pagedTitle(title: string, page: number, count: number): string {
  return page === 1 ? title : `${title}, page ${page} of ${count}`;
}
