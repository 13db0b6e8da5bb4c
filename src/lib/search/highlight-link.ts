import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { normalizeQuery, queryWords } from './query.ts';

/** The link to a search hit, carrying the searched words for the guide to highlight. */
export function highlightHref(url: string, searched: string): string {
  const words = normalizeQuery(searched);
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}${hash}`;
}

/** The words to highlight, from a guide's URL search string (e.g. `?highlight=session%20expired`). */
export function wordsToHighlight(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return [...new Set(queryWords(normalizeQuery(value)))].filter((word) => word.length >= 2);
}
