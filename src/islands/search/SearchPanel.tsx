import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import categoryList from '../../../content/categories.json' with { type: 'json' };
import { SUPPORT_URL } from '../../lib/content/site.ts';
import { supportHref } from '../../lib/content/support-link.ts';
import { tagLabel } from '../../lib/content/tags.ts';
import type { GuideLink } from '../../lib/search/document.ts';
import { HITS_SHOWN, type SearchAnswer, type SearchFilters, type SearchHit } from '../../lib/search/engine.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import { createLatest } from '../../lib/search/latest.ts';
import { createMissReporter } from '../../lib/search/miss-report.ts';
import { normalizeQuery } from '../../lib/search/query.ts';
import { MAX_SHOWN, searchPageHref, type SearchState } from '../../lib/search/search-url.ts';
import { highlightHref } from '../../lib/search/highlight-link.ts';
import { loadHelp, preloadQuery, searchInBrowser, sendSearchMiss } from './client.ts';

/**
 * Pause after a keystroke before searching: a burst of keys (a fast typist, a paste) makes one
 * search, while at a normal pace every word typed shows its results at once.
 */
export const TYPING_DEBOUNCE_MS = 30;
/** Tag chips offered at once. */
const TAG_CHIPS = 8;

const categoryTitles = new Map(categoryList.map((c) => [c.slug, c.title]));

/** The state a search page or dialog starts from. */
export interface SearchStart extends SearchState {
  /** The answer the page server rendered for this state (the search page only). */
  answer?: SearchAnswer | undefined;
  /** Guides to suggest when nothing is found, when the page server already knows them. */
  popular?: GuideLink[] | undefined;
  /** The page server already reported this zero-result query. */
  missReported?: boolean | undefined;
}

interface Props {
  mode: 'dialog' | 'page';
  start: SearchStart;
  /** Called with each new state, e.g. to keep the page URL in step. */
  onStateChange?: (state: SearchState) => void;
}

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>;
}

function countLabel(answer: SearchAnswer): string {
  const guides = answer.total === 1 ? '1 guide' : `${answer.total} guides`;
  return answer.searched ? `${guides} found for “${answer.searched}”` : `${guides} found`;
}

/** Tags worth offering as filters: those most common among the hits shown, and any already chosen. */
function tagChoices(hits: readonly SearchHit[], chosen: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const hit of hits) for (const tag of hit.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const ranked = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag]) => tag)
    .filter((tag) => !chosen.includes(tag));
  return [...chosen, ...ranked.slice(0, Math.max(0, TAG_CHIPS - chosen.length))];
}

/**
 * The search box, filter chips and results, for the header dialog and the search page alike. It is
 * a plain GET form to `/search/` until hydrated; then results follow typing, ↑/↓ move through them
 * and Enter opens one, with the searched words highlighted on the guide.
 */
export default function SearchPanel({ mode, start, onStateChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState(start.query);
  const [filters, setFilters] = useState<SearchFilters>(start.filters);
  const [exact, setExact] = useState(start.exact);
  const [shown, setShown] = useState(start.shown);
  const [answer, setAnswer] = useState<SearchAnswer | undefined>(start.answer);
  const [active, setActive] = useState(mode === 'dialog' ? 0 : -1);
  const [problem, setProblem] = useState<string | undefined>();
  const [popular, setPopular] = useState<GuideLink[]>(start.popular ?? []);
  const [enhanced, setEnhanced] = useState(false);
  const latest = useMemo(createLatest, []);
  const reporter = useMemo(() => {
    const made = createMissReporter({ send: sendSearchMiss });
    // The page server counted this one when it rendered the page.
    if (start.missReported) made.markSent(normalizeQuery(start.query));
    return made;
  }, []);

  useEffect(() => {
    setEnhanced(true);
    const flush = () => reporter.flush();
    addEventListener('pagehide', flush);
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
        if (!found) return;
        setProblem(undefined);
        setAnswer(found);
        // "Show more" keeps the reader's place; a new search starts at the top.
        if (next.shown === HITS_SHOWN) setActive(mode === 'dialog' && found.hits.length > 0 ? 0 : -1);
        reporter.observe(found.query, found.total > 0 || found.query.length === 0);
        if (found.total === 0 && found.query) setPopular((await loadHelp()).popular);
      } catch {
        setProblem('Search could not load. Check your connection and try again.');
      }
    }, delayMs);
    pending.current = { timer, supersede: () => (superseded = true) };
    onStateChange?.(next);
  }

  function changeQuery(value: string): void {
    preloadQuery(value);
    setQuery(value);
    setExact(false);
    setShown(HITS_SHOWN);
    schedule({ query: value, filters, exact: false, shown: HITS_SHOWN }, TYPING_DEBOUNCE_MS);
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

  useEffect(() => schedule({ query, filters, exact, shown }, 0), []);

  const hits = answer?.hits ?? [];
  const resultsId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function open(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    reporter.flush();
    location.assign(highlightHref(hit.url, answer?.searched ?? ''));
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

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const shownTags = tagChoices(hits, filters.tags);
  const showResults = answer !== undefined && (answer.query.length > 0 || hits.length > 0);

  return (
    <div class={`search-panel search-panel--${mode}`}>
      <form
        class="search-form"
        role="search"
        action="/search/"
        method="get"
        aria-label="Search the help center"
        onSubmit={(event) => {
          event.preventDefault();
          if (active >= 0) open(active);
          else if (mode === 'dialog')
            location.assign(searchPageHref({ query: normalizeQuery(query), filters, exact, shown }));
        }}
      >
        <div class="search-field">
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <circle cx="11" cy="11" r="7"></circle>
            <path d="m20 20-3.5-3.5"></path>
          </svg>
          <input
            type="search"
            name="q"
            value={query}
            placeholder="Search guides, error codes…"
            aria-label="Search the help center"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={resultsId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            autocomplete="off"
            spellcheck={false}
            maxLength={200}
            autoFocus={mode === 'dialog'}
            onInput={(event) => changeQuery(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          {!enhanced && (
            <button class="button search-submit" type="submit">
              Search
            </button>
          )}
        </div>
        <fieldset class="chips">
          <legend>Category</legend>
          <label class="chip">
            <input
              type="radio"
              name="category"
              value=""
              checked={filters.category === undefined}
              onChange={() => changeFilters({ ...filters, category: undefined })}
            />
            <span>All</span>
          </label>
          {categoryList.map((category) => (
            <label class="chip">
              <input
                type="radio"
                name="category"
                value={category.slug}
                checked={filters.category === category.slug}
                onChange={() => changeFilters({ ...filters, category: category.slug })}
              />
              <span>{category.title}</span>
            </label>
          ))}
        </fieldset>
        {shownTags.length > 0 && (
          <fieldset class="chips">
            <legend>Tags</legend>
            {shownTags.map((tag) => (
              <label class="chip">
                <input
                  type="checkbox"
                  name="tag"
                  value={tag}
                  checked={filters.tags.includes(tag)}
                  onChange={(event) =>
                    changeFilters({
                      ...filters,
                      tags: event.currentTarget.checked
                        ? [...filters.tags, tag]
                        : filters.tags.filter((t) => t !== tag),
                    })
                  }
                />
                <span>{tagLabel(tag)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {exact && <input type="hidden" name="exact" value="1" />}
      </form>

      <p class="search-status" role="status">
        {problem ?? (showResults && answer ? countLabel(answer) : '')}
      </p>

      {answer?.corrected && (
        <p class="search-correction">
          Showing results for <strong>{answer.searched}</strong>.{' '}
          <a
            href={searchPageHref({ query: answer.query, filters, exact: true, shown: HITS_SHOWN })}
            onClick={(event) => {
              event.preventDefault();
              setExact(true);
              setShown(HITS_SHOWN);
              schedule({ query, filters, exact: true, shown: HITS_SHOWN }, 0);
            }}
          >
            Search instead for “{answer.query}”
          </a>
        </p>
      )}

      <ul class="search-results" id={resultsId} role="listbox" aria-label="Results">
        {hits.map((hit, index) => (
          <li role="presentation" key={hit.url}>
            <a
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              href={highlightHref(hit.url, answer?.searched ?? '')}
              onMouseMove={() => setActive(index)}
            >
              <span class="search-hit-title">{hit.title}</span>
              <span class="search-hit-category">{categoryTitles.get(hit.category) ?? hit.category}</span>
              <span class="search-hit-excerpt">
                <Excerpt parts={hit.excerpt} />
              </span>
            </a>
          </li>
        ))}
      </ul>

      {answer && answer.total > hits.length && mode === 'page' && shown < MAX_SHOWN && (
        <a
          class="button search-more"
          href={searchPageHref({ query: answer.query, filters, exact, shown: shown + HITS_SHOWN })}
          onClick={(event) => {
            event.preventDefault();
            showMore();
          }}
        >
          Show more results
        </a>
      )}
      {answer && answer.total > hits.length && mode === 'dialog' && (
        <a class="search-all" href={searchPageHref({ query: answer.query, filters, exact, shown: HITS_SHOWN })}>
          See all {answer.total} results
        </a>
      )}

      {showResults && answer && answer.total === 0 && (
        <div class="search-empty">
          <p>
            No guide matches <strong>“{answer.query}”</strong>
            {filters.category || filters.tags.length > 0 ? ' with these filters' : ''}. Try fewer or other words, an
            error code from the message you see, or one of these:
          </p>
          {popular.length > 0 && (
            <>
              <h3>Popular guides</h3>
              <ul>
                {popular.map((guide) => (
                  <li>
                    <a href={guide.url}>{guide.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Browse a category</h3>
          <ul>
            {categoryList.map((category) => (
              <li>
                <a href={`/categories/${category.slug}/`}>{category.title}</a>
              </li>
            ))}
          </ul>
          <p>
            Still stuck? <a href={supportHref(SUPPORT_URL, { query: answer.query })}>Contact support</a> and tell us
            what you were looking for.
          </p>
        </div>
      )}
    </div>
  );
}
