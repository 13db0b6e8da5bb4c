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

/** A backend's answer to one query: its size at once, its hits on demand. */
export interface BackendResult {
  total: number;
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
}

/** Below this many results the engine also tries the query's spelling correction. */
export const FEW_RESULTS = 3;
/** Hits loaded and shown per search, and added by each "Show more". */
export const HITS_SHOWN = 8;

function hasFilters(filters: SearchFilters): boolean {
  return filters.category !== undefined || filters.tags.length > 0;
}

/**
 * Whether one of `words` finds nothing on its own. The index forgives some slips by itself (it
 * finds "expired" for `expird`) but silently drops a word it cannot place, as in `sesion expired`;
 * only the words the corrector would change are asked about, and those are rare, so cheap.
 */
async function anyFindsNothing(words: readonly string[], backend: SearchBackend): Promise<boolean> {
  const totals = await Promise.all(words.map(async (word) => (await backend.search(word, { tags: [] })).total));
  return totals.includes(0);
}

/**
 * Searches `request.query`. When it finds fewer than {@link FEW_RESULTS} guides, or it has several
 * words and one the site does not use finds nothing, it also searches the spelling correction and
 * shows that instead if it finds more (or, for a dropped word, anything). Hits carrying the error code the
 * query names, or whose title holds it as a phrase, come first (see {@link rankExactFirst}).
 * An empty query with no filters is answered with nothing, without asking the backend; an answer
 * `superseded` before its hits are loaded comes back without them.
 */
export async function runSearch(
  request: SearchRequest,
  backend: SearchBackend,
  corrector: () => Promise<Corrector>,
  { limit = HITS_SHOWN, superseded = () => false }: { limit?: number; superseded?: () => boolean } = {},
): Promise<SearchAnswer> {
  const query = normalizeQuery(request.query);
  if (query.length === 0 && !hasFilters(request.filters)) {
    return { query, searched: query, corrected: false, total: 0, hits: [] };
  }
  let searched = query;
  let result = await backend.search(query, request.filters);
  const words = queryWords(query);
  const few = result.total < FEW_RESULTS;
  if (words.length > 0 && !request.exact && (few || words.length > 1)) {
    const correction = (await corrector())(query);
    const correctedWords = correction.query.split(' ');
    const changed = words.filter((word, i) => correctedWords[i] !== word);
    const dropped = !few && changed.length > 0 && (await anyFindsNothing(changed, backend));
    if (correction.changed && (few || dropped)) {
      const corrected = await backend.search(correction.query, request.filters);
      if (corrected.total > (dropped ? 0 : result.total)) {
        searched = correction.query;
        result = corrected;
      }
    }
  }
  // A newer query has been typed: its answer will replace this one, so load no hits for it.
  const hits = superseded() ? [] : rankExactFirst(searched, await result.load(limit));
  return { query, searched, corrected: searched !== query, total: result.total, hits };
}
