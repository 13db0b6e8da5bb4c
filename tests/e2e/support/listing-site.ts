import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempSite, writeGuide, type TempSite } from '../../../scripts/temp-site.ts';
import { createStaticHandler } from '../../../src/server/static/files.ts';

/** Guides in the fixture's one big category and tag: three pages of 50, the last one partial. */
export const LISTED_GUIDES = 120;

/** A built copy of the site whose category "Troubleshooting" and tag "paging" hold {@link LISTED_GUIDES} guides. */
export interface ListingSite {
  url: string;
  site: TempSite;
  close: () => Promise<void>;
}

/** Guide `n`'s title: zero-padded, so title order is number order. */
export function listedTitle(n: number): string {
  return `Paged guide ${String(n).padStart(3, '0')}`;
}

/**
 * Builds the fixture and serves its static files as `npm start` does (a missing page gets the
 * site's 404 page with status 404). Listing pages are static, so no on-demand route is needed.
 */
export async function startListingSite(): Promise<ListingSite> {
  const site = createTempSite((dir) => {
    for (let n = 1; n <= LISTED_GUIDES; n += 1) {
      writeGuide(
        dir,
        `paged-guide-${n}`,
        `---\ntitle: ${listedTitle(n)}\ndescription: Guide number ${n} of a long category.\ncategory: troubleshooting\ntags: [paging]\nupdated: 2026-11-20\n---\n\nSome text.\n`,
      );
    }
  });
  const result = site.build();
  if (!result.ok) {
    site.remove();
    throw new Error(`fixture build failed:\n${result.output.slice(-4000)}`);
  }
  const client = join(site.dir, 'dist', 'client');
  const serveStatic = createStaticHandler(client, 1024 * 1024);
  const notFound = readFileSync(join(client, '404.html'));
  const server: Server = createServer((req, res) => {
    if (serveStatic(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    site,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      site.remove();
    },
  };
}
