import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GUIDES_PER_PAGE,
  pageCount,
  pageHref,
  pageHrefs,
  pageList,
  pageSegment,
  pagedTitle,
  paginate,
  type PageListItem,
} from '../../../src/lib/content/pagination.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [49, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [101, 3],
    [10_000, 200],
    [10_001, 201],
  ])('%i guides need %i page(s) of 50', (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses an item count of %s', (total) => {
    expect(() => pageCount(total)).toThrow(/item count must be a whole number ≥ 0/);
  });

  it.each([[0], [-3], [2.5]])('refuses a page size of %s', (perPage) => {
    expect(() => pageCount(10, perPage)).toThrow(/page size must be a whole number ≥ 1/);
  });

  it('holds 50 guides a page', () => {
    expect(GUIDES_PER_PAGE).toBe(50);
  });
});

describe('paginate', () => {
  it.each([
    // items, [page number, items on it, first, last] for every page
    [0, [[1, 0, 0, 0]]],
    [1, [[1, 1, 1, 1]]],
    [50, [[1, 50, 1, 50]]],
    [
      51,
      [
        [1, 50, 1, 50],
        [2, 1, 51, 51],
      ],
    ],
    [
      120,
      [
        [1, 50, 1, 50],
        [2, 50, 51, 100],
        [3, 20, 101, 120],
      ],
    ],
  ])('%i guides', (total, expected) => {
    const pages = paginate(numbers(total));
    expect(pages.map((p) => [p.number, p.items.length, p.first, p.last])).toEqual(expected);
    for (const page of pages) {
      expect(page.count).toBe(expected.length);
      expect(page.total).toBe(total);
    }
  });

  it('10,000 guides make 200 full pages, in order, each guide once', () => {
    const items = numbers(10_000);
    const pages = paginate(items);
    expect(pages).toHaveLength(200);
    expect(pages.every((p) => p.items.length === 50)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages[199]).toMatchObject({ number: 200, first: 9_951, last: 10_000 });
  });

  it('every guide is on exactly one page, in order, and no page holds more than the page size', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (total, perPage) => {
        const items = numbers(total);
        const pages = paginate(items, perPage);
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        expect(pages).toHaveLength(pageCount(total, perPage));
        for (const page of pages) {
          expect(page.items.length).toBeLessThanOrEqual(perPage);
          if (page.number < page.count) expect(page.items).toHaveLength(perPage);
          else expect(page.items.length > 0 || total === 0).toBe(true);
        }
      }),
    );
  });
});

describe('page addresses', () => {
  it.each([
    ['/categories/account/', 1, '/categories/account/'],
    ['/categories/account/', 2, '/categories/account/2/'],
    ['/tags/api-keys/', 200, '/tags/api-keys/200/'],
  ])('%s page %i is %s', (base, page, href) => {
    expect(pageHref(base, page)).toBe(href);
  });

  it.each([
    [1, undefined],
    [2, '2'],
    [17, '17'],
  ])('page %i has the rest parameter %j', (page, segment) => {
    expect(pageSegment(page)).toBe(segment);
  });

  it.each([
    [0, ['/tags/a/']],
    [50, ['/tags/a/']],
    [51, ['/tags/a/', '/tags/a/2/']],
    [120, ['/tags/a/', '/tags/a/2/', '/tags/a/3/']],
  ])('a listing of %i guides has the pages %j', (total, hrefs) => {
    expect(pageHrefs('/tags/a/', total)).toEqual(hrefs);
  });

  it.each([[0], [-1], [1.5]])('refuses page %s', (page) => {
    expect(() => pageHref('/tags/a/', page)).toThrow(/page must be a whole number ≥ 1/);
  });

  it('refuses a listing address without its trailing slash', () => {
    expect(() => pageHref('/tags/a', 2)).toThrow('a listing\'s address must end with "/", got "/tags/a"');
  });
});

/** A page list written as readers see it: "1 … 4 [5] 6 … 9". */
function render(items: PageListItem[]): string {
  return items.map((item) => (item === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page))).join(' ');
}

describe('pageList', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 2, '[1] 2'],
    [2, 2, '1 [2]'],
    [1, 3, '[1] 2 3'],
    [2, 3, '1 [2] 3'],
    [1, 5, '[1] 2 … 5'],
    [3, 5, '1 2 [3] 4 5'],
    [4, 7, '1 2 3 [4] 5 6 7'],
    [5, 9, '1 … 4 [5] 6 … 9'],
    [1, 200, '[1] 2 … 200'],
    [2, 200, '1 [2] 3 … 200'],
    [3, 200, '1 2 [3] 4 … 200'],
    [4, 200, '1 2 3 [4] 5 … 200'],
    [5, 200, '1 … 4 [5] 6 … 200'],
    [100, 200, '1 … 99 [100] 101 … 200'],
    [198, 200, '1 … 197 [198] 199 200'],
    [200, 200, '1 … 199 [200]'],
  ])('page %i of %i: %s', (current, count, shown) => {
    expect(render(pageList(current, count))).toBe(shown);
  });

  it('shows more neighbours when asked', () => {
    expect(render(pageList(10, 20, 2))).toBe('1 … 8 9 [10] 11 12 … 20');
  });

  it.each([
    [0, 5, /page must be a whole number ≥ 1, got 0/],
    [6, 5, /page 6 is beyond the last page, 5/],
    [1, 0, /page must be a whole number ≥ 1, got 0/],
  ])('refuses page %i of %i', (current, count, message) => {
    expect(() => pageList(current, count)).toThrow(message);
  });

  it('always has the first, last and current page, ascending, one current, and no gap hiding a single page', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 500 })
          .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          const items = pageList(current, count);
          const pages = items.flatMap((item) => (item === 'gap' ? [] : [item.page]));
          expect(pages).toContain(1);
          expect(pages).toContain(count);
          expect(items.filter((item) => item !== 'gap' && item.current)).toEqual([{ page: current, current: true }]);
          expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
          items.forEach((item, index) => {
            if (item !== 'gap') return;
            const before = items[index - 1] as { page: number };
            const after = items[index + 1] as { page: number };
            expect(after.page - before.page).toBeGreaterThan(2);
          });
          // Bounded whatever the count: first, last, current, two neighbours and two gaps.
          expect(items.length).toBeLessThanOrEqual(7);
        },
      ),
    );
  });
});

describe('pagedTitle', () => {
  it.each([
    ['Account', 1, 1, 'Account'],
    ['Account', 1, 7, 'Account'],
    ['Account', 2, 7, 'Account, page 2 of 7'],
    ['Guides tagged “JWT”', 7, 7, 'Guides tagged “JWT”, page 7 of 7'],
  ])('%s page %i of %i is titled %j', (title, page, count, expected) => {
    expect(pagedTitle(title, page, count)).toBe(expected);
  });
});
