import type { BackendResult, SearchBackend, SearchFilters, SearchHit } from './engine.ts';
import { excerptParts } from './excerpt.ts';

/** The part of a Pagefind result's data the help center reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the help center uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Fetches the index chunks `term` needs, without searching. */
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options: { filters: Record<string, string | string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Turns a Pagefind result into a hit; guides tag their category, tags and codes at build. */
export function hitFromPagefind(data: PagefindResultData): SearchHit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    category: data.filters['category']?.[0] ?? '',
    tags: data.filters['tag'] ?? [],
    codes: (data.meta['codes'] ?? '').split(' ').filter(Boolean),
    excerpt: excerptParts(data.excerpt),
  };
}

function pagefindFilters(filters: SearchFilters): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  if (filters.category !== undefined) result['category'] = filters.category;
  if (filters.tags.length > 0) result['tag'] = [...filters.tags];
  return result;
}

/** A {@link SearchBackend} over Pagefind's browser API. */
export function pagefindBackend(pagefind: PagefindApi): SearchBackend {
  return {
    async search(query, filters): Promise<BackendResult> {
      const found = await pagefind.search(query.length > 0 ? query : null, { filters: pagefindFilters(filters) });
      const results = found?.results ?? [];
      return {
        total: results.length,
        load: async (limit) => (await Promise.all(results.slice(0, limit).map((r) => r.data()))).map(hitFromPagefind),
      };
    },
  };
}
