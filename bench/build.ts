// The build benchmark, one JSON line per measurement and a summary of the build targets:
//   node bench/build.ts                      all of the below: --compare 1000 --incremental 1000 --memory 1000,10000
//   node bench/build.ts --compare 1000       cold builds of ours and of Starlight on the same guides, interleaved
//                       [--rounds 2]         builds of each (default 2)
//   node bench/build.ts --incremental 1000   a cold build, then rebuilds after editing one guide's body, then a title
//   node bench/build.ts --memory 1000,10000  peak memory at each size, and its growth per 1,000 guides
// Options combine; a size built by --compare is not built again for --incremental or --memory.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { largestHtmlPages, type HtmlPageSize } from '../scripts/html-sizes.ts';
import { astroBuild, createTempSite, type TempSite } from '../scripts/temp-site.ts';
import { PAGE_SEARCH_FILE } from '../src/lib/search/page-search.ts';
import { generateGuides, syntheticGuide } from './generate-guides.ts';
import { clearBuildCaches, measureBuild, type BuildMeasurement } from './measure-build.ts';
import { createStarlightSite } from './starlight-site.ts';

/** The targets of the build (the rest are in the other benchmarks). */
const TARGETS = {
  /** Our cold build's wall time over Starlight's on the same guides. */
  buildTimeRatio: 0.5,
  /** A rebuild after one guide changed, over the cold build. */
  incrementalRatio: 0.2,
  /** Peak memory of the 10,000-guide build. */
  peakMemoryMBAt10000: 3 * 1024,
};

const STARLIGHT_NOTE =
  'Starlight with its defaults: a sidebar of every guide on each page, and its Pagefind search index built after the pages (as our build writes its own search index)';

const usage = `usage: node bench/build.ts [--compare N] [--rounds R] [--incremental N] [--memory N,N,...]
(no option: --compare 1000 --incremental 1000 --memory 1000,10000)`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function count(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`not a number of guides: ${JSON.stringify(value)}\n${usage}`);
  return Number(value);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        compare: { type: 'string' },
        rounds: { type: 'string' },
        incremental: { type: 'string' },
        memory: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
const chosen = values.compare ?? values.incremental ?? values.memory;
const plan = {
  compare: values.compare ? count(values.compare) : chosen ? undefined : 1000,
  rounds: values.rounds ? count(values.rounds) : 2,
  incremental: values.incremental ? count(values.incremental) : chosen ? undefined : 1000,
  memory: values.memory ? values.memory.split(',').map(count) : chosen ? [] : [1000, 10000],
};

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round2 = (n: number) => Number(n.toFixed(2));

function print(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

/** Every site copy made, so an interrupted run leaves nothing in the temporary directory. */
const sites = new Set<{ remove: () => void }>();
function track<T extends { remove: () => void }>(site: T): T {
  sites.add(site);
  return site;
}
function dispose(site: { remove: () => void }): void {
  site.remove();
  sites.delete(site);
}
process.on('exit', () => sites.forEach((site) => site.remove()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function failed(what: string, result: BuildMeasurement): never {
  console.error(`${what} failed:\n${result.output.slice(-4000)}`);
  process.exit(1);
}

interface OurBuild {
  site: TempSite;
  result: BuildMeasurement;
  pages: number;
  largestHtml: HtmlPageSize | undefined;
}

/** A cold build of ours in a fresh copy, kept for the caller to remove. */
async function coldOurs(guides: number): Promise<OurBuild> {
  const site = track(createTempSite((dir) => generateGuides(guides, dir)));
  clearBuildCaches(site.dir);
  const result = await measureBuild(site.dir);
  if (!result.ok) failed(`our build of ${guides} guides`, result);
  const client = join(site.dir, 'dist', 'client');
  return { site, result, pages: htmlFiles(client).length, largestHtml: largestHtmlPages(client, 1)[0] };
}

async function coldStarlight(guides: number): Promise<BuildMeasurement & { pages: number }> {
  const site = track(createStarlightSite(guides));
  try {
    clearBuildCaches(site.dir);
    const result = await measureBuild(site.dir, astroBuild(site.dir));
    if (!result.ok) failed(`Starlight's build of ${guides} guides`, result);
    return { ...result, pages: htmlFiles(join(site.dir, 'dist')).length };
  } finally {
    dispose(site);
  }
}

function figures(result: BuildMeasurement) {
  const { wallSeconds, cpuSeconds, peakRssMB, mainPeakRssMB, children, load } = result;
  return { wallSeconds, cpuSeconds, peakRssMB, mainPeakRssMB, children, load1m: load };
}

function medians(results: BuildMeasurement[]) {
  return {
    wallSeconds: round2(median(results.map((r) => r.wallSeconds))),
    cpuSeconds: round2(median(results.map((r) => r.cpuSeconds))),
    peakRssMB: Math.round(median(results.map((r) => r.peakRssMB))),
  };
}

interface Verdict {
  target: string;
  value: number | undefined;
  limit: number;
  met: boolean | undefined;
  note?: string;
}
const verdicts: Verdict[] = [];

/** Our cold builds by size, so a size is built once for every part that needs it. */
const ourBuilds = new Map<number, OurBuild[]>();

/** Cold builds of ours and Starlight's, alternating, so load on the machine hits both alike. */
async function compare(guides: number, rounds: number): Promise<void> {
  const ours: OurBuild[] = [];
  const starlight: BuildMeasurement[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const build = await coldOurs(guides);
    print({ bench: 'build-cold', site: 'ours', guides, round, pages: build.pages, ...figures(build.result) });
    // Only the last copy is kept, for the incremental edit.
    ours.forEach((previous) => dispose(previous.site));
    ours.push(build);
    const theirs = await coldStarlight(guides);
    print({ bench: 'build-cold', site: 'starlight', guides, round, pages: theirs.pages, ...figures(theirs) });
    starlight.push(theirs);
  }
  ourBuilds.set(guides, ours);
  const oursMedian = medians(ours.map((b) => b.result));
  const starlightMedian = medians(starlight);
  const ratio = round2(oursMedian.wallSeconds / starlightMedian.wallSeconds);
  print({
    bench: 'build-compare',
    guides,
    rounds,
    ours: oursMedian,
    starlight: starlightMedian,
    ratio,
    cpuRatio: round2(oursMedian.cpuSeconds / starlightMedian.cpuSeconds),
    target: TARGETS.buildTimeRatio,
    met: ratio <= TARGETS.buildTimeRatio,
    starlightSetup: STARLIGHT_NOTE,
  });
  verdicts.push({
    target: `1. cold build of ${guides} guides, ours / Starlight wall time`,
    value: ratio,
    limit: TARGETS.buildTimeRatio,
    met: ratio <= TARGETS.buildTimeRatio,
  });
}

const hash = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

function snapshot(client: string): Map<string, string> {
  return new Map(htmlFiles(client).map((file) => [relative(client, file), hash(readFileSync(file))]));
}

/** A word no generated guide has, to find the edit in the built pages and the search index. */
const MARKER = 'Quillmarrow';

/** Replaces the middle sentence of the guide's middle paragraph of prose: an everyday edit. */
function editBody(source: string): { source: string; sentence: string } {
  const sentence = `After the ${MARKER} update, reload the page and compare the values with the ones you wrote down.`;
  const blocks = source.split('\n\n');
  const prose = blocks.flatMap((block, i) => (i > 0 && /^[A-Z][^\n]*\.$/.test(block) ? [i] : []));
  const index = prose[Math.floor(prose.length / 2)];
  if (index === undefined) throw new Error('no paragraph of prose to edit');
  const sentences = blocks[index]!.split(/(?<=\.) /);
  sentences[Math.floor(sentences.length / 2)] = sentence;
  blocks[index] = sentences.join(' ');
  return { source: blocks.join('\n\n'), sentence };
}

function retitle(source: string): { source: string; before: string; after: string } {
  const before = /^title: "(.*)"$/m.exec(source)?.[1];
  if (!before?.startsWith('When the ')) throw new Error('a synthetic guide without its usual title');
  const after = before.replace(/^When the /, 'If the ');
  return { source: source.replace(`title: "${before}"`, `title: "${after}"`), before, after };
}

/** Text the build writes: pages, feeds, search files and the page server's pack, the server's code. */
const OUTPUT_TEXT = /\.(?:html|json|xml|txt|m?js|css|pack)$/;

/** The build's files, relative to `dist/`, that contain `text` in any letter case. */
function outputContaining(dist: string, text: string): string[] {
  const needle = text.toLowerCase();
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && OUTPUT_TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').toLowerCase().includes(needle))
    .map((file) => relative(dist, file));
}

/** Rebuilds after `edit` and reports what changed and whether the output is right. */
async function rebuildAfter(
  build: OurBuild,
  guides: number,
  kind: 'body' | 'title',
  n: number,
  check: (client: string, before: Map<string, string>) => Record<string, unknown> & { correct: boolean },
): Promise<number> {
  const { slug, source } = syntheticGuide(n);
  const guidesDir = join(build.site.dir, 'content', 'guides');
  // Whichever extension the site's guides have.
  const name = readdirSync(guidesDir).find((entry) => entry.replace(/\.[^.]+$/, '') === slug);
  if (!name) throw new Error(`${slug} is not among the generated guides`);
  const file = join(guidesDir, name);
  if (readFileSync(file, 'utf8') !== source) throw new Error(`${slug} was edited before`);
  const client = join(build.site.dir, 'dist', 'client');
  const before = snapshot(client);
  const edit = kind === 'body' ? editBody(source) : retitle(source);
  writeFileSync(file, edit.source);
  const result = await measureBuild(build.site.dir);
  if (!result.ok) failed(`the rebuild after a ${kind} edit`, result);
  const after = snapshot(client);
  const changed = [...after].filter(([page, digest]) => before.get(page) !== digest).map(([page]) => page);
  const checks = check(client, before);
  const ratio = round2(result.wallSeconds / build.result.wallSeconds);
  print({
    bench: 'build-incremental',
    guides,
    edit: kind,
    guide: slug,
    coldSeconds: build.result.wallSeconds,
    rebuildSeconds: result.wallSeconds,
    incrementalRatio: ratio,
    // Steadier than wall time on a busy machine: how much of the cold build's work was done again.
    cpuRatio: round2(result.cpuSeconds / build.result.cpuSeconds),
    target: TARGETS.incrementalRatio,
    met: ratio <= TARGETS.incrementalRatio,
    ...checks,
    htmlPages: after.size,
    htmlPagesChanged: changed.length,
    htmlPagesGone: [...before.keys()].filter((page) => !after.has(page)).slice(0, 10),
    changedSample: changed.slice(0, 10),
    ...figures(result),
  });
  verdicts.push({
    target: `2. rebuild after a guide's ${kind} changed, of the cold build (${guides} guides)`,
    value: ratio,
    limit: TARGETS.incrementalRatio,
    met: ratio <= TARGETS.incrementalRatio,
    note: checks.correct ? undefined : 'the rebuilt site is WRONG (see its line)',
  });
  return ratio;
}

async function incremental(guides: number): Promise<void> {
  const build = ourBuilds.get(guides)?.at(-1) ?? (await coldOurs(guides));
  if (!ourBuilds.has(guides)) {
    ourBuilds.set(guides, [build]);
    print({ bench: 'build-cold', site: 'ours', guides, pages: build.pages, ...figures(build.result) });
  }
  const bodyGuide = Math.ceil(guides / 2);
  const untouchedGuide = bodyGuide === 1 ? 2 : 1;
  const untouched = untouchedGuide <= guides ? join('guides', syntheticGuide(untouchedGuide).slug, 'index.html') : null;
  await rebuildAfter(build, guides, 'body', bodyGuide, (client, before) => {
    const page = join('guides', syntheticGuide(bodyGuide).slug, 'index.html');
    const sentence = editBody(syntheticGuide(bodyGuide).source).sentence;
    const editedPageHasEdit = readFileSync(join(client, page), 'utf8').includes(sentence);
    const untouchedPage =
      untouched === null
        ? 'none'
        : !existsSync(join(client, untouched))
          ? 'missing'
          : hash(readFileSync(join(client, untouched))) === before.get(untouched)
            ? 'identical'
            : 'changed';
    const filesWithEdit = outputContaining(join(client, '..'), MARKER);
    // Both search indexes: the browser's files and the page server's pack.
    const searchHasEdit =
      filesWithEdit.includes(PAGE_SEARCH_FILE) && filesWithEdit.some((file) => file.startsWith('client/search/'));
    return {
      correct: editedPageHasEdit && untouchedPage !== 'missing' && searchHasEdit,
      editedPageHasEdit,
      untouchedPage,
      searchHasEdit,
      filesWithEdit: filesWithEdit.slice(0, 10),
    };
  });
  const titleGuide = Math.max(1, Math.ceil(guides / 3));
  await rebuildAfter(build, guides, 'title', titleGuide, (client) => {
    const { before, after } = retitle(syntheticGuide(titleGuide).source);
    const page = join('guides', syntheticGuide(titleGuide).slug, 'index.html');
    const editedPageHasEdit = readFileSync(join(client, page), 'utf8').includes(after);
    const filesWithOldTitle = outputContaining(join(client, '..'), before);
    const filesWithNewTitle = outputContaining(join(client, '..'), after);
    return {
      correct: editedPageHasEdit && filesWithOldTitle.length === 0,
      editedPageHasEdit,
      filesWithNewTitle: filesWithNewTitle.length,
      filesWithNewTitleSample: filesWithNewTitle.slice(0, 10),
      filesWithOldTitle: filesWithOldTitle.slice(0, 10),
    };
  });
}

/** Least squares: peak memory ≈ intercept + slope × guides. */
function fitLine(points: { guides: number; mb: number }[]): { slope: number; intercept: number } {
  const mean = (f: (p: { guides: number; mb: number }) => number) =>
    points.reduce((sum, p) => sum + f(p), 0) / points.length;
  const mx = mean((p) => p.guides);
  const my = mean((p) => p.mb);
  const sxx = points.reduce((sum, p) => sum + (p.guides - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((sum, p) => sum + (p.guides - mx) * (p.mb - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

async function memory(sizes: number[]): Promise<void> {
  const points: { guides: number; mb: number }[] = [];
  for (const guides of sizes) {
    const earlier = ourBuilds.get(guides);
    const builds = earlier ?? [await coldOurs(guides)];
    if (!earlier) dispose(builds[0]!.site);
    const last = builds.at(-1)!;
    const peakRssMB = Math.round(median(builds.map((b) => b.result.peakRssMB)));
    print({
      bench: 'build-memory',
      guides,
      peakRssMB,
      builds: builds.length,
      pages: last.pages,
      largestHtmlPage: last.largestHtml,
      secondsPer1000Guides: round2((median(builds.map((b) => b.result.wallSeconds)) * 1000) / guides),
      ...(earlier ? {} : figures(last.result)),
    });
    points.push({ guides, mb: peakRssMB });
  }
  const measured = points.find((p) => p.guides === 10_000);
  const line = points.length > 1 ? fitLine(points) : undefined;
  const at10000 = measured?.mb ?? (line ? Math.round(line.intercept + line.slope * 10_000) : undefined);
  print({
    bench: 'build-memory-growth',
    sizes: points.map((p) => p.guides),
    peakRssMB: points.map((p) => p.mb),
    slopeMBPer1000Guides: line ? Math.round(line.slope * 1000) : null,
    interceptMB: line ? Math.round(line.intercept) : null,
    peakRssMBAt10000: at10000 ?? null,
    at10000: measured ? 'measured' : 'extrapolated',
    targetMB: TARGETS.peakMemoryMBAt10000,
    met: at10000 === undefined ? null : at10000 <= TARGETS.peakMemoryMBAt10000,
  });
  verdicts.push({
    target: `3. peak memory of the 10,000-guide build, MB (${measured ? 'measured' : 'extrapolated'})`,
    value: at10000,
    limit: TARGETS.peakMemoryMBAt10000,
    met: at10000 === undefined ? undefined : at10000 <= TARGETS.peakMemoryMBAt10000,
    note: line ? `grows ${Math.round(line.slope * 1000)} MB per 1,000 guides` : undefined,
  });
}

if (plan.compare) await compare(plan.compare, plan.rounds);
if (plan.incremental) await incremental(plan.incremental);
if (plan.memory.length > 0) await memory(plan.memory);
for (const builds of ourBuilds.values()) builds.forEach((b) => dispose(b.site));

print({ bench: 'build-summary', targets: verdicts });
console.log('\nBuild targets:');
for (const v of verdicts) {
  const verdict = v.met === undefined ? 'not measured' : v.met ? 'met' : 'NOT met';
  console.log(`  ${v.target}: ${v.value ?? '-'} (limit ${v.limit}) ${verdict}${v.note ? `; ${v.note}` : ''}`);
}
