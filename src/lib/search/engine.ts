import type { ExcerptPart } from './excerpt.ts';
import { normalizeQuery, queryWords } from './query.ts';
import { rankExactFirst } from './rank.ts';
import type { Corrector } from './typo.ts';

/** Filters a search can narrow by: one category, and any number of tags (all must apply). */
export interface SearchFilters {
  category?: string | undefined;
  tags: readonly string[];
}

/** What the reader asked for. */
export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  /** Search the query as typed, without spelling correction ("Search instead for ..."). */
  exact?: boolean;
}

/** One guide in the results. */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  tags: readonly string[];
  codes: readonly string[];
  excerpt: ExcerptPart[];
}

/** How many matches each filter value has for the query, before filters apply. */
export interface FacetCounts {
  category: Readonly<Record<string, number>>;
  tag: Readonly<Record<string, number>>;
}

/** A backend's answer to one query: its size at once, its hits on demand. */
export interface BackendResult {
  total: number;
  facets: FacetCounts;
  /** The first `limit` hits, most relevant first. */
  load(limit: number): Promise<SearchHit[]>;
}

/** A full-text index the engine can query (Pagefind in the browser, the page server without JS). */
export interface SearchBackend {
  search(query: string, filters: SearchFilters): Promise<BackendResult>;
}

/** The engine's answer. */
export interface SearchAnswer {
  /** The normalised query the reader typed. */
  query: string;
  /** The query whose results are shown: `query`, or its spelling correction. */
  searched: string;
  /** Whether `searched` is a correction of `query` ("Showing results for ..."). */
  corrected: boolean;
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
}

/** Below this many results the engine also tries the query's spelling correction. */
export const FEW_RESULTS = 3;
/** Hits loaded and shown per search. */
export const HITS_SHOWN = 10;

const NO_FACETS: FacetCounts = { category: {}, tag: {} };

function hasFilters(filters: SearchFilters): boolean {
  return filters.category !== undefined || filters.tags.length > 0;
}

/**
 * Whether some word of a several-word query finds nothing on its own. The index forgives some
 * slips by itself (it finds "expired" for `expird`), but then silently drops a word it cannot
 * place, as in `sesion expired`: the reader deserves to see what was searched.
 */
async function hasUnmatchedWord(query: string, backend: SearchBackend): Promise<boolean> {
  const words = queryWords(query);
  if (words.length < 2) return false;
  const totals = await Promise.all(words.map(async (word) => (await backend.search(word, { tags: [] })).total));
  return totals.includes(0);
}

/**
 * Searches `request.query`. When it finds fewer than {@link FEW_RESULTS} guides, or one of its
 * words finds nothing, it also searches the spelling correction and shows that instead if it finds
 * more (or, for an unmatched word, anything). Hits carrying the error code the
 * query names, or whose title holds it as a phrase, come first (see {@link rankExactFirst}).
 * An empty query with no filters is answered with nothing, without asking the backend.
 */
export async function runSearch(
  request: SearchRequest,
  backend: SearchBackend,
  corrector: () => Promise<Corrector>,
  limit = HITS_SHOWN,
): Promise<SearchAnswer> {
  const query = normalizeQuery(request.query);
  if (query.length === 0 && !hasFilters(request.filters)) {
    return { query, searched: query, corrected: false, total: 0, hits: [], facets: NO_FACETS };
  }
  let searched = query;
  let result = await backend.search(query, request.filters);
  if (query.length > 0 && !request.exact) {
    const few = result.total < FEW_RESULTS;
    const unmatched = !few && (await hasUnmatchedWord(query, backend));
    const correction = few || unmatched ? (await corrector())(query) : undefined;
    if (correction?.changed) {
      const corrected = await backend.search(correction.query, request.filters);
      if (corrected.total > (unmatched ? 0 : result.total)) {
        searched = correction.query;
        result = corrected;
      }
    }
  }
  const hits = rankExactFirst(searched, await result.load(limit));
  return { query, searched, corrected: searched !== query, total: result.total, hits, facets: result.facets };
}
