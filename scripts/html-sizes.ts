// The largest HTML pages of a build, for checking that no page grows with the number of guides:
//   node scripts/html-sizes.ts <dist/client directory> [how many]
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { walkFiles } from '../src/server/walk.ts';

/** One built page and its size. */
export interface HtmlPageSize {
  /** Path below the client directory, with `/` separators (`categories/account/index.html`). */
  page: string;
  bytes: number;
}

/** The `count` largest `.html` files below `clientDir`, largest first (uncompressed bytes). */
export function largestHtmlPages(clientDir: string, count: number): HtmlPageSize[] {
  const pages: HtmlPageSize[] = [];
  for (const path of walkFiles(clientDir)) {
    if (!path.endsWith('.html')) continue;
    pages.push({ page: relative(clientDir, path).split(sep).join('/'), bytes: statSync(path).size });
  }
  return pages.sort((a, b) => b.bytes - a.bytes || a.page.localeCompare(b.page)).slice(0, count);
}

if (import.meta.main) {
  const [clientDir, count = '10'] = process.argv.slice(2);
  if (!clientDir || !/^\d+$/.test(count)) {
    console.error('usage: node scripts/html-sizes.ts <dist/client directory> [how many]');
    process.exit(2);
  }
  for (const { page, bytes } of largestHtmlPages(clientDir, Number(count))) console.log(`${bytes}\t${page}`);
}
