import { describe, expect, it } from 'vitest';
import { HITS_SHOWN } from '../../../src/lib/search/engine.ts';
import { MAX_SHOWN, searchPageHref, searchStateFromParams } from '../../../src/lib/search/search-url.ts';

const categories = ['troubleshooting', 'security'];
const read = (search: string) => searchStateFromParams(new URLSearchParams(search), categories);

describe('searchStateFromParams', () => {
  it.each([
    ['', { query: '', filters: { category: undefined, tags: [] }, exact: false, shown: HITS_SHOWN }],
    [
      '?q=api+key&category=security&tag=api&tag=jwt&exact=1&shown=16',
      { query: 'api key', filters: { category: 'security', tags: ['api', 'jwt'] }, exact: true, shown: 16 },
    ],
    ['?category=billing', { query: '', filters: { category: undefined, tags: [] }, exact: false, shown: HITS_SHOWN }],
    [
      '?tag=API%20Keys&tag=ok&tag=ok',
      { query: '', filters: { category: undefined, tags: ['ok'] }, exact: false, shown: HITS_SHOWN },
    ],
    ['?shown=abc', { query: '', filters: { category: undefined, tags: [] }, exact: false, shown: HITS_SHOWN }],
    ['?shown=100000', { query: '', filters: { category: undefined, tags: [] }, exact: false, shown: MAX_SHOWN }],
    ['?shown=-3', { query: '', filters: { category: undefined, tags: [] }, exact: false, shown: HITS_SHOWN }],
  ])('%s', (search, expected) => {
    expect(read(search)).toEqual(expected);
  });

  it('keeps at most eight tags', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `tag=t${i}`).join('&');
    expect(read(`?${tags}`).filters.tags).toHaveLength(8);
  });
});

describe('searchPageHref', () => {
  it('round-trips through the URL', () => {
    const state = { query: 'api key', filters: { category: 'security', tags: ['api'] }, exact: true, shown: 24 };
    const href = searchPageHref(state);
    expect(href).toBe('/search/?q=api+key&category=security&tag=api&exact=1&shown=24');
    expect(read(href.slice('/search/'.length))).toEqual(state);
  });

  it('leaves defaults out', () => {
    expect(searchPageHref({ query: '', filters: { tags: [] }, exact: false, shown: HITS_SHOWN })).toBe('/search/');
  });
});
