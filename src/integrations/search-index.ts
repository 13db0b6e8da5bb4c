import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexFiles, SEARCH_DIRECTORY } from '../lib/search/index-files.ts';
import { PAGE_SEARCH_FILE, packTable, SEARCH_DATA_FILE, type PageSearchData } from '../lib/search/page-search.ts';

function writeAll(file: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length;) at += writeSync(file, bytes, at);
}

/**
 * After the build: turns the search index (made by `src/pages/page-search.json.ts`) into the small
 * files the browser fetches on demand in `dist/client/search/`, and packs the same files into one
 * next to the server (`dist/page-search.pack`), then removes the index from the public files. Both
 * sides read these files through one reader, so they rank alike.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'help-center:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const dataFile = join(clientDir, SEARCH_DATA_FILE);
        const data = JSON.parse(readFileSync(dataFile, 'utf8')) as PageSearchData;
        rmSync(dataFile);
        if (data.documents.length === 0) throw new Error('search: no guide to index');
        const output = join(clientDir, SEARCH_DIRECTORY);
        rmSync(output, { recursive: true, force: true });
        const written: [string, Buffer][] = [];
        for (const [path, content] of indexFiles(data)) {
          const target = join(output, path);
          const bytes = Buffer.from(JSON.stringify(content));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
          written.push([path, bytes]);
        }
        const pack = openSync(join(clientDir, '..', PAGE_SEARCH_FILE), 'w');
        try {
          const table = packTable(written.map(([path, bytes]) => [path, bytes.length]));
          writeAll(pack, Buffer.from(`${JSON.stringify(table)}\n`));
          for (const [, bytes] of written) writeAll(pack, bytes);
        } finally {
          closeSync(pack);
        }
        logger.info(`search index written: ${data.documents.length} guides, ${written.length} files`);
      },
    },
  };
}
