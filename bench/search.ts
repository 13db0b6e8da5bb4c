// Search speed and weight on a synthetic site: builds N generated guides in a temporary copy (as
// bench/build.ts does), serves it, and in Chromium times keystroke to rendered results over 50
// queries and counts the bytes search fetches (its index files under /search/), for a first query
// on a cold cache and per query once search is open. Progress goes to stderr; stdout gets one JSON line.
//   node bench/search.ts [N] [--keep] [--site DIR]   (default N 10000)
// --keep leaves the built copy in place and names it; --site DIR measures such a copy again
// without rebuilding (and leaves it).
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { normalizeQuery } from '../src/lib/search/query.ts';
import type { startServer as StartServer } from '../scripts/spawn-server.ts';
import { createTempSite } from '../scripts/temp-site.ts';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { coinedName, generateGuides } from './generate-guides.ts';

/** The targets: median keystroke to results, and the heaviest cold first query. */
const TARGETS = { keystrokeToResultsMedianMs: 100, coldFirstQueryMaxBytes: 150_000 };

/** Different first queries, each measured in a fresh browser context (empty HTTP cache). */
const COLD_QUERIES = ['session expired', 'webhook delivery', 'INVALID_API_KEY', 'csv import fails', 'biling'];

/**
 * Fifty queries made of the generator's vocabulary (subjects, problems, tags, error codes, feature
 * and setting names, the words of its sentences), as readers would type them: single words,
 * phrases, error codes, typos.
 */
const WARM_QUERIES = [
  'webhook',
  'csv import',
  'SESSION_EXPIRED',
  'export',
  'webhok',
  'lead export',
  'billing',
  'team invitation',
  'csv import fails with an error',
  'api key',
  'INVALID_API_KEY',
  'sesion expired',
  'enrichment',
  'sign-in link',
  'retention',
  'browser session',
  'webhook delivery takes longer than expected',
  'invitation',
  'audit log',
  'WEBHOOK_TIMEOUT',
  'duplcate check',
  'scoring',
  'custom field',
  'cookies',
  'report schedule',
  'keeps asking you to sign in',
  'saved search',
  'rate limited',
  'notifcation email',
  'permissions',
  'empty result',
  'wrong values',
  'lead enrichment does not appear',
  'private window',
  'permission denied',
  'intergration sync',
  'integration',
  'activity log',
  'billing contact is missing',
  'retnetion',
  'bearer token',
  'EXPORT_TOO_LARGE',
  'scorng rule',
  'webhook delivery',
  'biling',
  // Product and setting names, the long tail readers search for by name (one misspelt).
  coinedName(3),
  `${coinedName(12)} webhook delivery`,
  coinedName(150),
  coinedName(2_040),
  coinedName(7).slice(0, -1) + 'x',
];

/** How long one query may take to show its results before the run is called broken. */
const ANSWER_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Nearest-rank percentile: the smallest value at least `p`% of the values do not exceed. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => Number(value.toFixed(1));

/** One finished search download. */
interface Download {
  path: string;
  /** Bytes on the wire: encoded (as served) body plus response headers. */
  wireBytes: number;
  bodyBytes: number;
}

async function downloadOf(request: Request): Promise<Download> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  // What the server declared it sent (the compressed body, when it sends one) is exact; Chromium's
  // own count is the fallback, for a response without the header.
  const declared = await response?.headerValue('content-length');
  const bodyBytes = declared ? Number(declared) : sizes.responseBodySize;
  return { path: new URL(request.url()).pathname, wireBytes: bodyBytes + sizes.responseHeadersSize, bodyBytes };
}

/**
 * Counts what search downloads in a browser context: the index's files under `/search/` (the
 * manifest, term chunks, guides' files, and the spelling words when a word is unknown).
 */
function meterSearchDownloads(context: BrowserContext) {
  const isSearch = (request: Request) => /^\/search\/.+\.json$/.test(new URL(request.url()).pathname);
  let finished: Promise<Download>[] = [];
  let inFlight = 0;
  let started = 0;
  let failed: string[] = [];
  context.on('request', (request) => {
    if (!isSearch(request)) return;
    inFlight += 1;
    started += 1;
  });
  context.on('requestfinished', (request) => {
    if (!isSearch(request)) return;
    inFlight -= 1;
    finished.push(downloadOf(request));
  });
  context.on('requestfailed', (request) => {
    if (!isSearch(request)) return;
    inFlight -= 1;
    failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  return {
    /** Waits until no search download is running or has started for a moment. */
    async settle(): Promise<void> {
      let seen = -1;
      while (inFlight > 0 || seen !== started) {
        seen = started;
        await sleep(100);
      }
    },
    /** The downloads finished since the last call, after they settle. */
    async take(): Promise<Download[]> {
      await this.settle();
      const taken = await Promise.all(finished);
      const errors = failed;
      finished = [];
      failed = [];
      if (errors.length > 0) throw new Error(`search downloads failed:\n${errors.join('\n')}`);
      return taken;
    },
  };
}

const sum = (downloads: Download[], field: 'wireBytes' | 'bodyBytes') =>
  downloads.reduce((total, d) => total + d[field], 0);

/** `manifest.json`, `terms`, `docs`, `english`, `words.json`: an index file's role. */
function fileKind(path: string): string {
  // `/search/manifest.json`, or `/search/<version>/terms/0.json` and the like.
  const parts = path.split('/');
  return (parts.length > 3 ? parts[3] : parts[2]) ?? '';
}

function bytesByKind(downloads: Download[]): Record<string, { files: number; bytes: number }> {
  const kinds: Record<string, { files: number; bytes: number }> = {};
  for (const download of downloads) {
    const kind = (kinds[fileKind(download.path)] ??= { files: 0, bytes: 0 });
    kind.files += 1;
    kind.bytes += download.wireBytes;
  }
  return kinds;
}

/** Timestamps (page clock) of one query, measured inside the page to leave out Playwright's round trips. */
interface AnswerTiming {
  lastKeyAt: number;
  /** The DOM holds this query's answer. */
  renderedAt: number;
  /** The frame showing it has been produced (next animation frame, then a task). */
  paintedAt: number;
}

/**
 * Arms the page to time the next query: notes every keydown in the search box and waits for the
 * DOM to show the answer to `expected`. The status names the searched query, or for a spelling
 * correction the corrected one while "Search instead for “…”" names the query, so both are read;
 * an answer to a shorter prefix, finishing late, matches neither.
 */
async function armTiming(page: Page, expected: string): Promise<void> {
  await page.evaluate(
    ({ expected, timeout }) => {
      const dialog = document.querySelector('dialog.search-dialog')!;
      const input = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      const answered = () =>
        (dialog.querySelector('.search-status')?.textContent ?? '').includes(`found for “${expected}”`) ||
        (dialog.querySelector('.search-correction a')?.textContent ?? '').includes(`“${expected}”`);
      let lastKeyAt = 0;
      const onKey = () => (lastKeyAt = performance.now());
      input.addEventListener('keydown', onKey);
      (window as unknown as { searchBenchAnswer: Promise<AnswerTiming> }).searchBenchAnswer = new Promise(
        (resolve, reject) => {
          const timer = setTimeout(() => {
            observer.disconnect();
            const status = dialog.querySelector('.search-status')?.textContent;
            reject(new Error(`no answer for “${expected}” in ${timeout} ms; status: ${status}`));
          }, timeout);
          const observer = new MutationObserver(() => {
            if (!answered()) return;
            const renderedAt = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            input.removeEventListener('keydown', onKey);
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ lastKeyAt, renderedAt, paintedAt: performance.now() });
              channel.port2.postMessage(null);
            });
          });
          observer.observe(dialog, { subtree: true, childList: true, characterData: true });
        },
      );
    },
    { expected, timeout: ANSWER_TIMEOUT_MS },
  );
}

/** Types `query` into the open search box and returns keystroke-to-results milliseconds. */
async function typeAndTime(page: Page, query: string): Promise<{ toPaint: number; toDom: number }> {
  await armTiming(page, normalizeQuery(query));
  await page.keyboard.type(query);
  const timing = await page.evaluate(
    () => (window as unknown as { searchBenchAnswer: Promise<AnswerTiming> }).searchBenchAnswer,
  );
  return { toPaint: timing.paintedAt - timing.lastKeyAt, toDom: timing.renderedAt - timing.lastKeyAt };
}

/** Opens the home page and the search dialog from the header button; the box has focus. */
async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.click('[data-search-open]');
  await page.locator('dialog.search-dialog input[role="combobox"]').waitFor({ state: 'visible' });
}

/** Empties the box and waits for the empty answer, so the next query starts from a blank status. */
async function clearSearch(page: Page): Promise<void> {
  await page.locator('dialog.search-dialog input[role="combobox"]').fill('');
  await page.waitForFunction(() => {
    const dialog = document.querySelector('dialog.search-dialog')!;
    return (
      dialog.querySelector('.search-status')?.textContent === '' &&
      dialog.querySelectorAll('.search-results [role="option"]').length === 0
    );
  });
}

/** A first query in a fresh context: nothing cached, the index loads as the dialog opens. */
async function coldQuery(browser: Browser, url: string, query: string) {
  const context = await browser.newContext();
  try {
    const meter = meterSearchDownloads(context);
    const page = await context.newPage();
    await openSearch(page, url);
    // Typed at once, as a reader would: the index may still be loading.
    const timing = await typeAndTime(page, query);
    const downloads = await meter.take();
    return { query, ms: timing.toPaint, downloads };
  } finally {
    await context.close();
  }
}

/** All of {@link WARM_QUERIES} in one page with search open and its manifest loaded. */
async function warmQueries(browser: Browser, url: string) {
  const context = await browser.newContext();
  try {
    const meter = meterSearchDownloads(context);
    const page = await context.newPage();
    await openSearch(page, url);
    await meter.take();
    const results: { query: string; toPaint: number; toDom: number; indexBytes: number }[] = [];
    for (const query of WARM_QUERIES) {
      await clearSearch(page);
      await meter.take();
      const timing = await typeAndTime(page, query);
      results.push({ query, ...timing, indexBytes: sum(await meter.take(), 'wireBytes') });
    }
    return results;
  } finally {
    await context.close();
  }
}

function countGuides(siteDir: string): number {
  return readdirSync(join(siteDir, 'content', 'guides')).filter((name) => name.endsWith('.md')).length;
}

/** A built temporary copy with N guides, or the one `--site` names (kept, as it is not ours). */
function builtSite(guides: number, reuse: string | undefined): { dir: string; remove: () => void } {
  if (reuse) return { dir: reuse, remove: () => undefined };
  console.error(`building ${guides} guides…`);
  const site = createTempSite((dir) => generateGuides(guides, dir));
  const result = site.build();
  if (!result.ok) {
    site.remove();
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  console.error(`built in ${result.seconds.toFixed(0)} s: ${site.dir}`);
  return site;
}

/**
 * Starts the production server on the copy's build. `scripts/start.ts` serves the `dist/` next to
 * it, so the copy gets its own `scripts/` and the server is started from there.
 */
async function serveSite(siteDir: string) {
  mkdirSync(join(siteDir, 'scripts'), { recursive: true });
  for (const file of ['start.ts', 'spawn-server.ts']) {
    copyFileSync(join(import.meta.dirname, '..', 'scripts', file), join(siteDir, 'scripts', file));
  }
  const { startServer } = (await import(pathToFileURL(join(siteDir, 'scripts', 'spawn-server.ts')).href)) as {
    startServer: typeof StartServer;
  };
  return startServer();
}

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, site: { type: 'string' } },
});
const [count = '10000'] = positionals;
if (!/^\d+$/.test(count)) {
  console.error('usage: node bench/search.ts [N] [--keep] [--site DIR]');
  process.exit(2);
}
const site = builtSite(Number(count), flags.site);
const guides = countGuides(site.dir);
const server = await serveSite(site.dir).catch((error: unknown) => {
  if (!flags.keep) site.remove();
  throw error;
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const cold = [];
  for (const query of COLD_QUERIES) {
    cold.push(await coldQuery(browser, `${server.url}/`, query));
    console.error(`cold “${query}”: ${sum(cold.at(-1)!.downloads, 'wireBytes')} bytes`);
  }
  const warm = await warmQueries(browser, `${server.url}/`);
  for (const { query, toPaint, indexBytes } of warm) {
    console.error(`warm “${query}”: ${ms(toPaint)} ms, ${indexBytes} bytes`);
  }

  const coldBytes = cold.map((run) => sum(run.downloads, 'wireBytes'));
  const heaviest = cold[coldBytes.indexOf(Math.max(...coldBytes))]!;
  const toPaint = warm.map((result) => result.toPaint);
  const toDom = warm.map((result) => result.toDom);
  const perQueryBytes = warm.map((result) => result.indexBytes);
  const keystrokeToResultsMs = { median: ms(median(toPaint)), p95: ms(percentile(toPaint, 95)) };
  const coldFirstQueryBytes = { median: median(coldBytes), max: Math.max(...coldBytes) };
  console.log(
    JSON.stringify({
      bench: 'search',
      guides,
      queries: warm.length,
      // Bytes on the wire for /search/ index files: encoded bodies plus response headers, all of
      // what search fetches (Pagefind's figures before counted its spelling words apart).
      bytes: 'wire',
      coldFirstQueryBytes,
      coldFirstQueryBodyBytes: {
        median: median(cold.map((run) => sum(run.downloads, 'bodyBytes'))),
        max: Math.max(...cold.map((run) => sum(run.downloads, 'bodyBytes'))),
      },
      coldHeaviestByFile: { query: heaviest.query, ...bytesByKind(heaviest.downloads) },
      coldKeystrokeToResultsMs: {
        median: ms(median(cold.map((run) => run.ms))),
        max: ms(Math.max(...cold.map((run) => run.ms))),
      },
      // From the last keydown to the frame that shows the answer; toDom stops when the DOM holds it.
      keystrokeToResultsMs,
      keystrokeToDomMs: { median: ms(median(toDom)), p95: ms(percentile(toDom, 95)) },
      perQueryBytes: { median: median(perQueryBytes), max: Math.max(...perQueryBytes) },
      targets: TARGETS,
      meetsTargets:
        keystrokeToResultsMs.median < TARGETS.keystrokeToResultsMedianMs &&
        coldFirstQueryBytes.max < TARGETS.coldFirstQueryMaxBytes,
    }),
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(dirname(server.dbFile), { recursive: true, force: true });
  if (flags.keep) console.error(`kept: node bench/search.ts --site ${site.dir}`);
  else site.remove();
}
