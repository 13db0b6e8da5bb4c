import { indexFiles } from '../../../src/lib/search/index-files.ts';
import { packedPageSearch, packTable, type PageSearch } from '../../../src/lib/search/page-search.ts';
import type { SearchIndex } from '../../../src/lib/search/search-index.ts';

/**
 * The page server's search over `index` as the build packs it (the files end to end, each found by
 * its byte offset), read from a buffer instead of the pack on disk; `reads` lists the files read.
 */
export function packedSearchOf(index: SearchIndex): PageSearch & { reads: string[] } {
  const files = [...indexFiles(index)].map(([path, content]) => [path, Buffer.from(JSON.stringify(content))] as const);
  const table = packTable(files.map(([path, bytes]) => [path, bytes.length]));
  const body = Buffer.concat(files.map(([, bytes]) => bytes));
  const reads: string[] = [];
  const search = packedPageSearch(table, async (start, length) => {
    reads.push(files.find(([path]) => table[path]![0] === start)![0]);
    return body.subarray(start, start + length).toString('utf8');
  });
  return { ...search, reads };
}
