import { looksSecret } from '../../lib/feedback/secret-like.ts';
import type { GuideLink } from '../../lib/search/document.ts';
import { runSearch, type SearchAnswer, type SearchRequest } from '../../lib/search/engine.ts';
import { pagefindBackend, type PagefindApi } from '../../lib/search/pagefind-backend.ts';
import { normalizeQuery, queryWords } from '../../lib/search/query.ts';
import { createCorrector, type Corrector } from '../../lib/search/typo.ts';

// A variable, so the bundler leaves the import to the browser: the file exists only after the build.
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** A search aid the browser loads once; a failed load (offline, say) is tried again next time. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** Pagefind, loaded on first use (opening search), never with the page. */
export const loadPagefind = loadOnce(async (): Promise<PagefindApi> => {
  const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
  await api.options({ excerptLength: 24 });
  return api;
});

/**
 * The spelling corrector and suggested guides, fetched the first time a query finds little or has
 * several words (where one may be a typo the index silently dropped), never when search opens.
 */
export const loadHelp = loadOnce(async (): Promise<{ corrector: Corrector; popular: GuideLink[] }> => {
  const response = await fetch('/search-help.json');
  if (!response.ok) throw new Error(`search help: ${response.status}`);
  const { words, popular } = (await response.json()) as { words: string[]; popular: GuideLink[] };
  return { corrector: createCorrector(words), popular };
});

/**
 * Starts fetching the index chunks a query needs at the keystroke, so the download overlaps the
 * pause before searching instead of following it. Not for a last word under three letters: "s"
 * or "se" would fetch chunks for every word they begin, which the next keystroke makes useless.
 */
export function preloadQuery(query: string): void {
  const term = normalizeQuery(query);
  if ((queryWords(term).at(-1)?.length ?? 0) < 3) return;
  void loadPagefind().then(
    (api) => api.preload(term),
    () => undefined,
  );
}

/**
 * Runs a search in the browser with Pagefind. `superseded` tells it the reader has typed on, so it
 * skips fetching the excerpts of an answer nobody will see.
 */
export async function searchInBrowser(
  request: SearchRequest & { shown: number },
  superseded: () => boolean,
): Promise<SearchAnswer> {
  const backend = pagefindBackend(await loadPagefind());
  return runSearch(request, backend, async () => (await loadHelp()).corrector, { superseded, limit: request.shown });
}

/** Tells content owners a search found nothing. Credential-like queries never leave the browser. */
export function sendSearchMiss(query: string): void {
  if (looksSecret(query)) return;
  void fetch('/api/search-miss', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
    keepalive: true,
  }).catch(() => undefined);
}
