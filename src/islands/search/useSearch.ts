import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideLink } from '../../lib/search/document.ts';
import { HITS_SHOWN, isMiss, type SearchAnswer, type SearchFilters } from '../../lib/search/engine.ts';
import { highlightHref } from '../../lib/search/highlight-link.ts';
import { createLatest } from '../../lib/search/latest.ts';
import { normalizeQuery, queryWords } from '../../lib/search/query.ts';
import { MAX_SHOWN, searchPageHref, type SearchState } from '../../lib/search/search-url.ts';
import { missReporter, reader, searchInBrowser } from './client.ts';

/**
 * A query whose last word has fewer letters than this is most likely still being typed: its search
 * waits {@link SHORT_WORD_WAIT_MS}, so a next key replaces it before anything is fetched. Any
 * longer query is searched at the keystroke; a search typed past stops before scoring (see
 * `runSearch`), so a burst of keys costs little and the last key's answer never waits.
 */
const SHORT_WORD = 3;
const SHORT_WORD_WAIT_MS = 30;

function typingWait(query: string): number {
  const last = queryWords(query).at(-1) ?? '';
  return last.length > 0 && last.length < SHORT_WORD ? SHORT_WORD_WAIT_MS : 0;
}

/** Where search is shown: the header's dialog, the search page, or the home page's box. */
export type SearchMode = 'dialog' | 'page' | 'inline';

/** The state a search starts from. */
export interface SearchStart extends SearchState {
  /** The answer the page server rendered for this state (the search page only). */
  answer?: SearchAnswer | undefined;
  /** Guides to suggest when nothing is found, when the page server already knows them. */
  popular?: GuideLink[] | undefined;
  /** The page server already counted this zero-result query. */
  missReported?: boolean | undefined;
}

const NO_FILTERS: SearchFilters = { tags: [] };

/**
 * A search's state and what the reader can do to it, apart from how it is drawn: the query, filters
 * and answer, searching as the reader types (newest answer wins), the active result for ↑/↓/Enter,
 * and counting a search that found nothing once, and only when the query (not a filter) is why.
 */
export function useSearch(mode: SearchMode, start: SearchStart, onStateChange?: (state: SearchState) => void) {
  const [query, setQuery] = useState(start.query);
  const [filters, setFilters] = useState<SearchFilters>(start.filters);
  const [exact, setExact] = useState(start.exact);
  const [shown, setShown] = useState(start.shown);
  const [answer, setAnswer] = useState<SearchAnswer | undefined>(start.answer);
  const [active, setActive] = useState(mode === 'page' ? -1 : 0);
  const [problem, setProblem] = useState<string | undefined>();
  const [popular, setPopular] = useState<GuideLink[]>(start.popular ?? []);
  const [enhanced, setEnhanced] = useState(false);
  const latest = useMemo(createLatest, []);
  const reporter = missReporter;

  useEffect(() => {
    // The page server counted this one when it rendered the page.
    if (start.missReported) reporter.markSent(normalizeQuery(start.query));
    setEnhanced(true);
    const flush = () => reporter.flush();
    addEventListener('pagehide', flush);
    // A panel closed for good (the dialog reopened as a new search) reports what it found nothing for.
    return () => {
      flush();
      removeEventListener('pagehide', flush);
    };
  }, []);

  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; supersede: () => void } | null>(null);

  /**
   * Searches for a new state after `delayMs`, superseding the search before it. Called from the
   * event that changed the state rather than an effect, so no frame passes before the timer starts.
   */
  function schedule(next: SearchState, delayMs: number): void {
    if (pending.current) {
      clearTimeout(pending.current.timer);
      pending.current.supersede();
    }
    let superseded = false;
    const timer = setTimeout(async () => {
      try {
        const found = await latest(searchInBrowser(next, () => superseded));
        // A search typed past may end before the next one starts: its cut-short answer is not shown.
        if (!found || superseded) return;
        setProblem(undefined);
        setAnswer(found);
        // "Show more" keeps the reader's place; a new search starts at the top.
        if (next.shown === HITS_SHOWN) setActive(mode !== 'page' && found.hits.length > 0 ? 0 : -1);
        reporter.observe(found.query, !isMiss(found));
        if (found.total === 0 && found.query) setPopular(await reader.popular());
      } catch {
        setProblem('Search could not load. Check your connection and try again.');
      }
    }, delayMs);
    pending.current = { timer, supersede: () => (superseded = true) };
    onStateChange?.(next);
  }

  function changeQuery(value: string): void {
    // Emptying the box starts a new search: the last one's filters do not silently carry over.
    const nextFilters = value.trim() === '' ? NO_FILTERS : filters;
    setQuery(value);
    setFilters(nextFilters);
    setExact(false);
    setShown(HITS_SHOWN);
    schedule({ query: value, filters: nextFilters, exact: false, shown: HITS_SHOWN }, typingWait(value));
  }

  function changeFilters(next: SearchFilters): void {
    setFilters(next);
    setShown(HITS_SHOWN);
    schedule({ query, filters: next, exact, shown: HITS_SHOWN }, 0);
  }

  function showMore(): void {
    const more = Math.min(MAX_SHOWN, shown + HITS_SHOWN);
    setShown(more);
    schedule({ query, filters, exact, shown: more }, 0);
  }

  function searchAsTyped(): void {
    setExact(true);
    setShown(HITS_SHOWN);
    schedule({ query, filters, exact: true, shown: HITS_SHOWN }, 0);
  }

  // The page server's answer is the one shown until the reader changes something: searching again
  // at start could only repaint the same results (both run one search), so there is nothing to flash.
  // Nor does a reader who typed before this effect ran (the box takes keys from its first frame)
  // have their search replaced by one for the empty box it started with.
  useEffect(() => {
    if (!start.answer && !pending.current) schedule({ query, filters, exact, shown }, 0);
  }, []);

  const hits = answer?.hits ?? [];

  function open(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    reporter.flush();
    location.assign(highlightHref(hit.url, answer?.searched ?? ''));
  }

  /** Opens the search page for the query, telling it whether this browser already counted a miss. */
  function openPage(): void {
    const normalized = normalizeQuery(query);
    const reported = reporter.handOver(normalized);
    location.assign(searchPageHref({ query: normalized, filters, exact, shown, reported }));
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setActive((current) => {
        if (current === -1) return down ? 0 : hits.length - 1;
        return (current + (down ? 1 : -1) + hits.length) % hits.length;
      });
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(active);
    }
  }

  return {
    query,
    filters,
    exact,
    shown,
    answer,
    hits,
    active,
    setActive,
    problem,
    popular,
    enhanced,
    changeQuery,
    changeFilters,
    clearFilters: () => changeFilters(NO_FILTERS),
    showMore,
    searchAsTyped,
    open,
    openPage,
    onKeyDown,
  };
}
