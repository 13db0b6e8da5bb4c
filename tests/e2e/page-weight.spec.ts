// Budgets read from the production build in dist/, not from timings: bytes a reader downloads.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const client = join(process.cwd(), 'dist', 'client');
const gzipBytes = (path: string) => gzipSync(readFileSync(path)).length;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const KB = 1024;

/** A module and everything it imports statically (dynamic imports load later, on demand). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(client, file), 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w{}\s,*$]*from\s*)?"\.\/([^"]+\.js)"/g)) {
    withStaticImports(join(file, '..', match[1]!), seen);
  }
  return seen;
}

/** What a guide page loads before the reader does anything: HTML, CSS, scripts and island code. */
function firstLoad(slug: string) {
  const htmlPath = join(client, 'guides', slug, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const urls = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));
  const css = urls(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const pageScripts = [
    ...urls(/<script[^>]+src="([^"]+)"/g),
    ...urls(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const islandEntries = urls(/\s(?:component|renderer)-url="([^"]+)"/g);
  const bytes = (entries: string[]) => {
    const modules = new Set<string>();
    for (const entry of entries) withStaticImports(entry, modules);
    return sum([...modules].map((file) => gzipBytes(join(client, file))));
  };
  const inline = sum(
    // JSON-LD is data for search engines, not JavaScript the page runs.
    [...html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => gzipSync(m[1]!).length,
    ),
  );
  const js = bytes([...pageScripts, ...islandEntries]) + inline;
  return {
    js,
    /** Theme, copy buttons and Astro's island loader: what the page runs besides island code. */
    ownJs: bytes(pageScripts) + inline,
    total: gzipBytes(htmlPath) + sum(css.map((file) => gzipBytes(join(client, file)))) + js,
    islands: islandEntries.length > 0,
  };
}

const guides = readdirSync(join(client, 'guides'));

test('every guide page loads at most 20 KB of JavaScript and 40 KB in all before interaction (gzip)', () => {
  expect(guides.length).toBeGreaterThanOrEqual(9);
  for (const slug of guides) {
    const { js, total } = firstLoad(slug);
    expect(js, slug).toBeLessThanOrEqual(20 * KB);
    expect(total, slug).toBeLessThanOrEqual(40 * KB);
  }
});

// Theme (three modes), copy buttons, the current section in "On this page", the search shortcut
// with its buffer for keys typed before search loads, and Astro's island loader: about 5.4 KB.
// Search itself (dialog, Preact, the index) is not counted because it is not loaded.
test('besides island code, a guide page ships only a little JavaScript of its own', () => {
  for (const slug of guides) expect(firstLoad(slug).ownJs, slug).toBeLessThan(6 * KB);
});

test('the token checker embedded in a guide stays within the budget, its analyser loaded only on use', () => {
  const { islands } = firstLoad('fixing-session-expired-errors');
  expect(islands).toBe(true);
  const assets = readdirSync(join(client, '_astro'));
  const shell = assets.find((file) => /^TokenChecker\..*\.js$/.test(file))!;
  const analyser = assets.find((file) => /^token-checker-view\..*\.js$/.test(file))!;
  expect(gzipBytes(join(client, '_astro', shell))).toBeLessThanOrEqual(1.5 * KB);
  expect(withStaticImports(`_astro/${shell}`).has(`_astro/${analyser}`)).toBe(false);
  // The analyser reads commands, config, JSON and error responses and words every verdict with its
  // links: about 12 KB, fetched only when a reader first focuses or types in the field.
  expect(gzipBytes(join(client, '_astro', analyser))).toBeLessThan(13 * KB);
});

test('search code is fetched only when search is opened, and stays small', () => {
  const assets = readdirSync(join(client, '_astro'));
  const trigger = assets.find((file) => /^HeaderSearch\..*\.js$/.test(file))!;
  const dialog = assets.find((file) => /^dialog\..*\.js$/.test(file))!;
  expect(withStaticImports(`_astro/${trigger}`).has(`_astro/${dialog}`)).toBe(false);
  const searchCode = sum([...withStaticImports(`_astro/${dialog}`)].map((file) => gzipBytes(join(client, file))));
  expect(searchCode).toBeLessThan(20 * KB);
});

test('a troubleshooter page ships at most 8 KB of its own JavaScript, the checker loaded only at its question', () => {
  const html = readFileSync(join(client, 'troubleshoot', 'api-401-errors', 'index.html'), 'utf8');
  const island = /component-url="\/(_astro\/Troubleshooter\.[^"]+\.js)"/.exec(html)![1]!;
  const modules = withStaticImports(island);
  // Preact itself is shared by every island on the site; the troubleshooter's own code is the rest.
  const own = [...modules].filter((file) => !/\/(preact|hooks|jsxRuntime|signals)\.module\./.test(file));
  expect(sum(own.map((file) => gzipBytes(join(client, file))))).toBeLessThanOrEqual(8 * KB);
  expect([...modules].some((file) => /\/(checker|TokenChecker|token-checker-view)\./.test(file))).toBe(false);
});
