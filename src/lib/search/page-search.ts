import type { GuideLink, SearchDocument } from './document.ts';
import type { SearchBackend } from './engine.ts';
import { textBackend } from './text-backend.ts';
import { createCorrector, type Corrector } from './typo.ts';

/**
 * Where the build writes the page server's search data, relative to `dist/`: outside
 * `dist/client/` so it is never served, and read by the server rather than bundled into it.
 */
export const PAGE_SEARCH_FILE = 'page-search.json';

/** The page server's search data, as the build writes it. */
export interface PageSearchData {
  documents: SearchDocument[];
  /** The site's words, most frequent first. */
  words: string[];
  /** Guides to suggest when nothing is found. */
  popular: GuideLink[];
}

/** The search the page server runs for readers without JavaScript. */
export interface PageSearch {
  backend: SearchBackend;
  corrector: Corrector;
  popular: GuideLink[];
}

/** Indexes the data once; the result answers every request. */
export function createPageSearch(data: PageSearchData): PageSearch {
  return { backend: textBackend(data.documents), corrector: createCorrector(data.words), popular: data.popular };
}
