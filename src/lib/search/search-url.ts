import { SLUG_PATTERN } from '../content/slug.ts';
import { HITS_SHOWN, type SearchFilters } from './engine.ts';

/**
 * Most results one search page shows; "Show more" stops there, and a reader refines the search
 * instead. Each result is in the page twice (its HTML, and the island's data to take over), so 40
 * keeps the page under 100 KB at 10,000 guides (about 80 KB, against 185 KB at 100).
 */
export const MAX_SHOWN = 40;
/** Most tag filters a URL may carry. */
const MAX_TAGS = 8;

/** What a search page shows, as its URL says it. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
  /** Search the words as typed, without spelling correction. */
  exact: boolean;
  /** How many results to show. */
  shown: number;
  /** The browser already reported this query as a miss: the page server must not count it again. */
  reported?: boolean;
}

/** The search page's URL for a state: shareable, and the target of the no-JavaScript forms. */
export function searchPageHref({ query, filters, exact, shown, reported }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.category) params.set('category', filters.category);
  for (const tag of filters.tags) params.append('tag', tag);
  if (exact) params.set('exact', '1');
  if (shown > HITS_SHOWN) params.set('shown', String(shown));
  if (reported) params.set('reported', '1');
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/**
 * The state a search URL asks for. Anything malformed is dropped rather than refused, as a
 * hand-edited link should still search: an unknown category, a tag that is not a slug, a `shown`
 * that is not a whole number (it is kept between one page of results and {@link MAX_SHOWN}).
 */
export function searchStateFromParams(params: URLSearchParams, categories: readonly string[]): SearchState {
  const category = params.get('category') ?? '';
  const shown = Number(params.get('shown'));
  return {
    query: params.get('q') ?? '',
    filters: {
      category: categories.includes(category) ? category : undefined,
      tags: [...new Set(params.getAll('tag'))].filter((tag) => SLUG_PATTERN.test(tag)).slice(0, MAX_TAGS),
    },
    exact: params.get('exact') === '1',
    ...(params.get('reported') === '1' ? { reported: true } : {}),
    shown: Number.isInteger(shown) ? Math.min(MAX_SHOWN, Math.max(HITS_SHOWN, shown)) : HITS_SHOWN,
  };
}
