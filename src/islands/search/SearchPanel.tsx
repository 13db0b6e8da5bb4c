import { useEffect, useId } from 'preact/hooks';
import categoryList from '../../../content/categories.json' with { type: 'json' };
import { SUPPORT_URL } from '../../lib/content/site.ts';
import { supportHref } from '../../lib/content/support-link.ts';
import { tagLabel } from '../../lib/content/tags.ts';
import { HITS_SHOWN, type SearchAnswer, type SearchHit } from '../../lib/search/engine.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import { highlightHref } from '../../lib/search/highlight-link.ts';
import { MAX_SHOWN, searchPageHref, type SearchState } from '../../lib/search/search-url.ts';
import { useSearch, type SearchMode, type SearchStart } from './useSearch.ts';

export type { SearchStart } from './useSearch.ts';

/** Tag chips offered at once. */
const TAG_CHIPS = 8;

const categoryTitles = new Map(categoryList.map((c) => [c.slug, c.title]));

interface Props {
  mode: SearchMode;
  start: SearchStart;
  /** Called with each new state, e.g. to keep the page URL in step. */
  onStateChange?: (state: SearchState) => void;
  /** Closes the dialog (dialog mode): shown as a visible close button. */
  onClose?: () => void;
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
export default function SearchPanel({ mode, start, onStateChange, onClose }: Props) {
  const id = useId();
  const search = useSearch(mode, start, onStateChange);
  const { query, filters, exact, shown, answer, hits, active, setActive, problem, popular, enhanced } = search;
  const resultsId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const shownTags = tagChoices(hits, filters.tags);
  const showResults = answer !== undefined && (answer.query.length > 0 || hits.length > 0);
  const filtered = filters.category !== undefined || filters.tags.length > 0;
  const { changeFilters, open } = search;

  return (
    <div class={`search-panel search-panel--${mode}`}>
      {onClose && (
        <button class="search-close" type="button" onClick={onClose}>
          <span aria-hidden="true">×</span> Close
        </button>
      )}
      <form
        class="search-form"
        role="search"
        action="/search/"
        method="get"
        aria-label="Search the help center"
        onSubmit={(event) => {
          event.preventDefault();
          if (active >= 0) open(active);
          else if (mode !== 'page') search.openPage();
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
            onInput={(event) => search.changeQuery(event.currentTarget.value)}
            onKeyDown={search.onKeyDown}
          />
          {!enhanced && (
            <button class="button search-submit" type="submit">
              Search
            </button>
          )}
        </div>
        {mode !== 'inline' && (
          <>
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
          </>
        )}
        {exact && <input type="hidden" name="exact" value="1" />}
      </form>

      <p class="search-status" role="status">
        {problem ?? (showResults && answer ? countLabel(answer) : '')}
      </p>
      {filtered &&
        (enhanced ? (
          <button class="search-clear" type="button" onClick={search.clearFilters}>
            Clear filters
          </button>
        ) : (
          <a class="search-clear" href={searchPageHref({ query, filters: { tags: [] }, exact, shown: HITS_SHOWN })}>
            Clear filters
          </a>
        ))}

      {answer?.corrected && (
        <p class="search-correction">
          Showing results for <strong>{answer.searched}</strong>.{' '}
          <a
            href={searchPageHref({ query: answer.query, filters, exact: true, shown: HITS_SHOWN })}
            onClick={(event) => {
              event.preventDefault();
              search.searchAsTyped();
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
            search.showMore();
          }}
        >
          Show more results
        </a>
      )}
      {answer && answer.total > hits.length && mode !== 'page' && (
        <a class="search-all" href={searchPageHref({ query: answer.query, filters, exact, shown: HITS_SHOWN })}>
          See all {answer.total} results
        </a>
      )}

      {showResults && answer && answer.total === 0 && (
        <div class="search-empty">
          <p>
            No guide matches <strong>“{answer.query}”</strong>
            {filtered ? ' with these filters' : ''}. Try fewer or other words, an error code from the message you see,
            or one of these:
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
