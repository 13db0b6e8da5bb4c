import { indexFiles, indexReader, type IndexReader } from './index-files.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Where the build writes the page server's copy of the search index, relative to `dist/`: outside
 * `dist/client/` so it is never served, and read by the server rather than bundled into it.
 */
export const PAGE_SEARCH_FILE = 'page-search.json';

/** The page server's search data, as the build writes it: the index the browser's files are cut from. */
export type PageSearchData = SearchIndex;

/** The search the page server runs for readers without JavaScript. */
export interface PageSearch {
  reader: IndexReader;
}

/**
 * Holds the index's files in memory once; the result answers every request. The reader is the
 * browser's, over the same files, so the page and the dialog cannot rank differently.
 */
export function createPageSearch(data: PageSearchData): PageSearch {
  const files = indexFiles(data);
  return {
    reader: indexReader(async (path) => {
      if (!files.has(path)) throw new Error(`search index: no file ${path}`);
      return files.get(path);
    }),
  };
}
