import { looksSecret } from '../../lib/feedback/secret-like.ts';
import { createMissReporter } from '../../lib/search/miss-report.ts';
import { runSearch, type SearchAnswer, type SearchRequest } from '../../lib/search/engine.ts';
import { indexReader, SEARCH_DIRECTORY } from '../../lib/search/index-files.ts';

/**
 * The search index, read file by file as queries need them: the manifest when search opens, then
 * the term chunks of the words typed, a guide's file for each hit shown. The page server reads the
 * very same files, through the same reader.
 */
export const reader = indexReader(async (path) => {
  const response = await fetch(`/${SEARCH_DIRECTORY}/${path}`);
  if (!response.ok) throw new Error(`search index ${path}: ${response.status}`);
  return response.json() as Promise<unknown>;
});

/**
 * Runs a search in the browser. `superseded` tells it the reader has typed on, so it skips fetching
 * the hits of an answer nobody will see.
 */
export function searchInBrowser(
  request: SearchRequest & { shown: number },
  superseded: () => boolean,
): Promise<SearchAnswer> {
  return runSearch(request, reader, { superseded, limit: request.shown });
}

/** Tells content owners a search found nothing. Credential-like queries never leave the browser. */
function sendSearchMiss(query: string): void {
  if (looksSecret(query)) return;
  void fetch('/api/search-miss', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
    keepalive: true,
  }).catch(() => undefined);
}

/**
 * The page's one miss reporter, shared by every search panel on it (each opening of the dialog is a
 * new panel), so a query is reported once per page however often it is searched again.
 */
export const missReporter = createMissReporter({ send: sendSearchMiss });
