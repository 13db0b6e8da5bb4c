import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_DIRECTORY } from '../lib/search/index-files.ts';
import { PAGE_SEARCH_FILE } from '../lib/search/page-search.ts';

/**
 * Removes what the previous build left in `dir` and this one did not make: files last written
 * before `since` (ms) that are not in `kept` (pages this build reused as they were; a directory
 * there is kept whole), then directories left empty. Returns how many files went.
 */
export function removeStaleFiles(dir: string, since: number, kept: ReadonlySet<string>): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (kept.has(path)) continue;
    if (entry.isDirectory()) {
      removed += removeStaleFiles(path, since, kept);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (statSync(path).mtimeMs < since) {
      rmSync(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Keeps the output directory of the last build in place (`vite.build.emptyOutDir: false` in
 * astro.config.mjs) and, once this build has written everything, removes only the files it did not
 * write again: a deleted guide's page, an old bundle. Emptying the directory first cost a rebuild
 * the removal of every file it was about to write again. Runs first after the build, so the checks
 * after it see exactly this build's files.
 */
export function freshOutput(): AstroIntegration {
  let outDir = '';
  let clientDir = '';
  let startedAt = 0;
  return {
    name: 'help-center:fresh-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': ({ assets, logger }) => {
        // A page the incremental build found unchanged in place is left as it was, not rewritten.
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // The search index's files, which its own integration keeps and prunes after this one: it
        // writes again only the files whose bytes changed (src/integrations/search-index.ts).
        kept.add(join(clientDir, SEARCH_DIRECTORY)).add(join(outDir, PAGE_SEARCH_FILE));
        const removed = removeStaleFiles(outDir, startedAt, kept);
        if (removed > 0) logger.info(`${removed} file(s) of the previous build removed`);
      },
    },
  };
}
