// Search speed and weight on a synthetic site: builds N generated guides in a temporary copy (as
// bench/build.ts does), serves it, and in Chromium times keystroke to rendered results over 50
// queries (typo corrections also on their own) and counts the bytes search fetches (its index
// files under /search/), for a first query on a cold cache and per query once search is open. Then
// times the page server's answer to the same queries (GET /search/?q=…) and reads the server
// process's memory (VmRSS, VmHWM) after startup, after its first search and after many. Progress
// goes to stderr; stdout gets one JSON line.
//   node bench/search.ts [N] [--keep] [--site DIR]   (default N 10000)
// --keep leaves the built copy in place and names it; --site DIR measures such a copy again
// without rebuilding (and leaves it).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { normalizeQuery } from '../src/lib/search/query.ts';
import type { startServer as StartServer } from '../scripts/spawn-server.ts';
import { createTempSite } from '../scripts/temp-site.ts';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { coinedName, generateGuides } from './generate-guides.ts';

/** The targets, each an upper bound: times in ms, bytes on the wire, memory in MB. */
const TARGETS = {
  keystrokeToResultsMedianMs: 100,
  keystrokeToResultsP95Ms: 300,
  typoKeystrokeToResultsP95Ms: 300,
  coldFirstQueryMaxBytes: 150_000,
  pageServerMedianMs: 50,
  serverMaxRssMB: 300,
};

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

/** Distinct page searches run before the last memory reading, to show it stays flat. */
const MANY_QUERIES = 300;

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

/** Downloads Chromium never reported the end of, across the run (their bytes are not counted). */
const unfinishedDownloads: string[] = [];

/**
 * Counts what search downloads in a browser context: the index's files under `/search/` (the
 * manifest, term chunks, guides' files, and the spelling words when a word is unknown).
 */
function meterSearchDownloads(context: BrowserContext) {
  const isSearch = (request: Request) => /^\/search\/.+\.json$/.test(new URL(request.url()).pathname);
  let finished: Promise<Download>[] = [];
  const inFlight = new Set<Request>();
  let started = 0;
  let failed: string[] = [];
  context.on('request', (request) => {
    if (!isSearch(request)) return;
    inFlight.add(request);
    started += 1;
  });
  context.on('requestfinished', (request) => {
    if (!isSearch(request)) return;
    inFlight.delete(request);
    finished.push(downloadOf(request));
  });
  context.on('requestfailed', (request) => {
    if (!isSearch(request)) return;
    inFlight.delete(request);
    failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  return {
    /** Waits until no search download is running or has started for a moment. */
    async settle(): Promise<void> {
      let seen = -1;
      const deadline = performance.now() + ANSWER_TIMEOUT_MS;
      while (inFlight.size > 0 || seen !== started) {
        if (performance.now() > deadline) {
          // Chromium sometimes reports no end for a download it served; it is noted, not waited on.
          const paths = [...inFlight].map((request) => new URL(request.url()).pathname);
          console.error(`no end reported for ${paths.join(', ')}`);
          unfinishedDownloads.push(...paths);
          inFlight.clear();
          break;
        }
        seen = started;
        await sleep(100);
      }
    },
    /** The downloads finished since the last call, after they settle. */
    async take(): Promise<Download[]> {
      await this.settle();
      const taken = await Promise.race([
        Promise.all(finished),
        sleep(ANSWER_TIMEOUT_MS).then(() => Promise.reject(new Error('search download sizes never came'))),
      ]);
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
  /** The answer was a spelling correction ("Showing results for …"). */
  corrected: boolean;
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
              const corrected = dialog.querySelector('.search-correction') !== null;
              channel.port1.onmessage = () =>
                resolve({ lastKeyAt, corrected, renderedAt, paintedAt: performance.now() });
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
async function typeAndTime(page: Page, query: string): Promise<{ toPaint: number; toDom: number; corrected: boolean }> {
  await armTiming(page, normalizeQuery(query));
  await page.keyboard.type(query);
  const timing = await page.evaluate(
    () => (window as unknown as { searchBenchAnswer: Promise<AnswerTiming> }).searchBenchAnswer,
  );
  return {
    toPaint: timing.paintedAt - timing.lastKeyAt,
    toDom: timing.renderedAt - timing.lastKeyAt,
    corrected: timing.corrected,
  };
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
    const results: { query: string; toPaint: number; toDom: number; corrected: boolean; indexBytes: number }[] = [];
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

/** The server process's resident memory now and at its peak, in MB (Linux `/proc`). */
function serverMemory(pid: number): { rssMB: number; peakRssMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kB('VmRSS') / 1024), peakRssMB: Math.round(kB('VmHWM') / 1024) };
}

/** Milliseconds for the page server to answer `GET /search/?q=…`, the whole page read. */
async function pageServerQuery(url: string, query: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/search/?q=${encodeURIComponent(query)}`);
  const html = await response.text();
  const took = performance.now() - started;
  if (!response.ok || !html.includes('search-status')) throw new Error(`/search/?q=${query}: ${response.status}`);
  return took;
}

/**
 * Distinct queries for the memory measurement: each of the generator's first feature names with a
 * subject, so that over the run the server shows (and reads the files of) thousands of guides.
 */
function manyQueries(count: number): string[] {
  const objects = ['csv import', 'webhook delivery', 'audit log', 'api key', 'saved search'];
  return Array.from({ length: count }, (_, i) => `${coinedName(i)} ${objects[i % objects.length]}`);
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
const pid = server.process.pid!;
const memory = {
  afterStart: serverMemory(pid),
  afterFirstSearch: serverMemory(pid),
  afterManySearches: serverMemory(pid),
};
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // The page server first: its first search opens the index, which is measured on its own.
  const firstPageSearchMs = await pageServerQuery(server.url, WARM_QUERIES[0]!);
  memory.afterFirstSearch = serverMemory(pid);
  const pageServerMs: number[] = [];
  for (const query of WARM_QUERIES) pageServerMs.push(await pageServerQuery(server.url, query));
  console.error(`page server: median ${ms(median(pageServerMs))} ms over ${pageServerMs.length} queries`);

  const cold = [];
  for (const query of COLD_QUERIES) {
    cold.push(await coldQuery(browser, `${server.url}/`, query));
    console.error(`cold “${query}”: ${sum(cold.at(-1)!.downloads, 'wireBytes')} bytes`);
  }
  const warm = await warmQueries(browser, `${server.url}/`);
  for (const { query, toPaint, indexBytes, corrected } of warm) {
    console.error(`warm “${query}”: ${ms(toPaint)} ms, ${indexBytes} bytes${corrected ? ' (corrected)' : ''}`);
  }
  for (const query of manyQueries(MANY_QUERIES)) await pageServerQuery(server.url, query);
  memory.afterManySearches = serverMemory(pid);

  const coldBytes = cold.map((run) => sum(run.downloads, 'wireBytes'));
  const heaviest = cold[coldBytes.indexOf(Math.max(...coldBytes))]!;
  const toPaint = warm.map((result) => result.toPaint);
  const toDom = warm.map((result) => result.toDom);
  const typos = warm.filter((result) => result.corrected).map((result) => result.toPaint);
  const perQueryBytes = warm.map((result) => result.indexBytes);
  const keystrokeToResultsMs = { median: ms(median(toPaint)), p95: ms(percentile(toPaint, 95)) };
  const typoKeystrokeToResultsMs = {
    queries: typos.length,
    median: ms(median(typos)),
    p95: ms(percentile(typos, 95)),
    max: ms(Math.max(...typos)),
  };
  const coldFirstQueryBytes = { median: median(coldBytes), max: Math.max(...coldBytes) };
  const pageServerQueryMs = {
    first: ms(firstPageSearchMs),
    median: ms(median(pageServerMs)),
    p95: ms(percentile(pageServerMs, 95)),
  };
  const serverMaxRssMB = Math.max(...Object.values(memory).map((m) => m.peakRssMB));
  const meets = {
    keystrokeToResultsMedian: keystrokeToResultsMs.median <= TARGETS.keystrokeToResultsMedianMs,
    keystrokeToResultsP95: keystrokeToResultsMs.p95 <= TARGETS.keystrokeToResultsP95Ms,
    typoKeystrokeToResultsP95: typoKeystrokeToResultsMs.p95 <= TARGETS.typoKeystrokeToResultsP95Ms,
    coldFirstQueryBytes: coldFirstQueryBytes.max <= TARGETS.coldFirstQueryMaxBytes,
    pageServerMedian: pageServerQueryMs.median <= TARGETS.pageServerMedianMs,
    serverRss: serverMaxRssMB <= TARGETS.serverMaxRssMB,
  };
  console.log(
    JSON.stringify({
      bench: 'search',
      guides,
      queries: warm.length,
      // The machine's load while measuring: timings on a busy machine are pessimistic.
      loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
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
      typoKeystrokeToResultsMs,
      keystrokeToDomMs: { median: ms(median(toDom)), p95: ms(percentile(toDom, 95)) },
      perQueryBytes: { median: median(perQueryBytes), max: Math.max(...perQueryBytes) },
      unfinishedDownloads,
      // GET /search/?q=… for the same queries, the whole page read; `first` opened the index.
      pageServerQueryMs,
      // The server process after startup, after its first search, and after the browser's queries
      // and MANY_QUERIES more distinct page searches.
      serverMemoryMB: memory,
      targets: TARGETS,
      meets,
      meetsTargets: Object.values(meets).every(Boolean),
    }),
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(dirname(server.dbFile), { recursive: true, force: true });
  if (flags.keep) console.error(`kept: node bench/search.ts --site ${site.dir}`);
  else site.remove();
}
