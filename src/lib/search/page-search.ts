import { indexFiles, indexReader, type IndexReader } from './index-files.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * What the build's data route (`src/pages/page-search.json.ts`) writes into the public files: the
 * whole index, which the search index integration turns into the browser's files and the
 * {@link PAGE_SEARCH_FILE}, then removes.
 */
export const SEARCH_DATA_FILE = 'page-search.json';

/**
 * Where the build writes the page server's copy of the search index, relative to `dist/`: outside
 * `dist/client/` so it is never served. It packs the very files the browser fetches into one
 * (see {@link PackTable}), so the server reads only the few a query needs instead of holding the
 * whole index in memory.
 */
export const PAGE_SEARCH_FILE = 'page-search.pack';

/** The index as the build makes it: what the browser's files and the server's pack are cut from. */
export type PageSearchData = SearchIndex;

/**
 * The first line of a {@link PAGE_SEARCH_FILE}: each index file's path with the byte offset of its
 * JSON (counted from the end of this line) and its length in bytes; the files follow.
 */
export type PackTable = Record<string, [start: number, length: number]>;

/** A pack's table for files of these byte lengths, laid end to end in this order. */
export function packTable(files: Iterable<readonly [path: string, bytes: number]>): PackTable {
  const table: PackTable = {};
  let start = 0;
  for (const [path, bytes] of files) {
    table[path] = [start, bytes];
    start += bytes;
  }
  return table;
}

/** The search the page server runs for readers without JavaScript. */
export interface PageSearch {
  reader: IndexReader;
}

/**
 * Index files the page server keeps parsed between requests, the least recently used dropped
 * first: the manifest, words and the common words' chunks stay, while ten thousand guides' files
 * are read from the pack as results show them, and memory stays flat however long it runs.
 */
const PAGE_SEARCH_KEEP_FILES = 100;

/**
 * A pack's table and where its files start, from the pack's first bytes; undefined while `head`
 * does not yet hold the whole table line.
 */
export function packHead(head: Uint8Array): { table: PackTable; filesStart: number } | undefined {
  const newline = head.indexOf(10);
  if (newline === -1) return undefined;
  return {
    table: JSON.parse(new TextDecoder().decode(head.subarray(0, newline))) as PackTable,
    filesStart: newline + 1,
  };
}

/**
 * The page server's search over a pack: `read` returns the bytes at a place in it, as text. The
 * reader is the browser's, over the same files, so the page and the dialog cannot rank differently.
 */
export function packedPageSearch(
  table: PackTable,
  read: (start: number, length: number) => Promise<string>,
): PageSearch {
  return {
    reader: indexReader(
      async (path) => {
        const place = Object.hasOwn(table, path) ? table[path] : undefined;
        if (!place) throw new Error(`search index: no file ${path}`);
        return JSON.parse(await read(...place)) as unknown;
      },
      { keepFiles: PAGE_SEARCH_KEEP_FILES },
    ),
  };
}

/** A search over an index held in memory: under `astro dev`, which has no build, and in tests. */
export function createPageSearch(data: PageSearchData): PageSearch {
  const files = indexFiles(data);
  return {
    reader: indexReader(async (path) => {
      if (!files.has(path)) throw new Error(`search index: no file ${path}`);
      return files.get(path);
    }),
  };
}
