import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGE_SEARCH_FILE } from '../lib/search/page-search.ts';

/** Where the search bundle is served from; the search client loads it from here. */
export const PAGEFIND_DIRECTORY = 'pagefind';

/** Pagefind's ready-made interfaces: the help center has its own, so these need not be deployed. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function removeUnusedUi(directory: string): void {
  for (const file of UNUSED_UI) rmSync(join(directory, file), { force: true });
}

/**
 * After the build: indexes the guides with Pagefind into `dist/client/pagefind/`. Only elements
 * marked `data-pagefind-body` (the guide article) are indexed, so site chrome, the feedback widget
 * and the token checker stay out of results. Also moves the page server's search data out of the
 * public files, next to the server.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'help-center:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        renameSync(join(clientDir, PAGE_SEARCH_FILE), join(clientDir, '..', PAGE_SEARCH_FILE));
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: clientDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no guide to index (no data-pagefind-body)');
          const written = await index.writeFiles({ outputPath: join(clientDir, PAGEFIND_DIRECTORY) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          removeUnusedUi(join(clientDir, PAGEFIND_DIRECTORY));
          logger.info(`search index written: ${added.page_count} pages read, guide bodies indexed`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
