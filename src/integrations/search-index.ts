import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexFiles, SEARCH_DIRECTORY } from '../lib/search/index-files.ts';
import { PAGE_SEARCH_FILE, type PageSearchData } from '../lib/search/page-search.ts';

/**
 * After the build: moves the search index (made by `src/pages/page-search.json.ts`) out of the
 * public files, next to the server, and writes the same index as the small files the browser
 * fetches on demand into `dist/client/search/`. Both sides read these through one reader, so they
 * rank alike.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'help-center:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const serverCopy = join(clientDir, '..', PAGE_SEARCH_FILE);
        renameSync(join(clientDir, PAGE_SEARCH_FILE), serverCopy);
        const data = JSON.parse(readFileSync(serverCopy, 'utf8')) as PageSearchData;
        if (data.documents.length === 0) throw new Error('search: no guide to index');
        const output = join(clientDir, SEARCH_DIRECTORY);
        rmSync(output, { recursive: true, force: true });
        const files = indexFiles(data);
        for (const [path, content] of files) {
          const target = join(output, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, JSON.stringify(content));
        }
        logger.info(`search index written: ${data.documents.length} guides, ${files.size} files`);
      },
    },
  };
}
