// Budgets read from the production build in dist/, not from timings: bytes a reader downloads.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const client = join(process.cwd(), 'dist', 'client');
const gzipBytes = (path: string) => gzipSync(readFileSync(path)).length;

/** The guide's HTML, its stylesheets and its scripts (external and module preloads), gzipped. */
function firstLoad(slug: string): { total: number; js: number } {
  const htmlPath = join(client, 'guides', slug, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => join(client, m[1]!));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
  const js = assets(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="(\/[^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => gzipSync(m[1]!).length)
    .reduce((a, b) => a + b, 0);
  const jsBytes = js.map(gzipBytes).reduce((a, b) => a + b, 0) + inlineJs;
  return {
    total: gzipBytes(htmlPath) + css.map(gzipBytes).reduce((a, b) => a + b, 0) + jsBytes - inlineJs,
    js: jsBytes,
  };
}

const guides = readdirSync(join(client, 'guides'));

test('every guide page loads in under 20 KB (HTML + CSS + JS, gzip)', () => {
  expect(guides.length).toBeGreaterThanOrEqual(9);
  for (const slug of guides) {
    const { total } = firstLoad(slug);
    expect(total, slug).toBeLessThan(20 * 1024);
  }
});

test('a guide page ships only a little JavaScript of its own', () => {
  for (const slug of guides) {
    expect(firstLoad(slug).js, slug).toBeLessThan(2 * 1024);
  }
});
