import { createHash } from 'node:crypto';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseWitnesses, planGuideChanges, planPages } from '../../lib/build/quick-plan.ts';
import { documentedGuideSchema } from '../../lib/content/documented-guide.ts';
import { candidateFiles, elementIds, type PageLinkFacts } from '../../lib/html/links.ts';
import { SEARCH_DATA_FILE, type PageSearchData } from '../../lib/search/page-search.ts';
import { writeSearchIndex } from '../search-index.ts';
import { assertSiteIsSound, cspManifestFile, pageFacts, writeCspManifest } from '../site-checks.ts';
import { walkFiles } from '../../server/walk.ts';
import {
  loadAstroInternals,
  type AstroInternals,
  type MarkdownRenderer,
  type PrerenderRoute,
} from './astro-internals.ts';
import { KIT_DATA_GLOBAL, KIT_DATA_FILE } from './integration.ts';
import {
  astroManifestFile,
  readJson,
  type AstroIncrementalManifest,
  CACHE_DIR,
  guideDigests,
  inputsDigest,
  kitDir,
  quickRebuildDir,
  readKit,
  readState,
  writeState,
  type KitRecord,
} from './state.ts';

/** What a quick rebuild did, or why it could not and a full build is needed. */
export type QuickRebuild = { built: true; guides: string[]; pages: string[] } | { built: false; reason: string };

const fullBuild = (reason: string): QuickRebuild => ({ built: false, reason });

/** A content entry as Astro's data store holds it (src/content.config.ts's `guides`). */
interface StoredEntry {
  id: string;
  data: unknown;
  /** Absent when the collection does not keep it (`retainBody: false`). */
  body?: string;
  filePath: string;
  digest: string;
  rendered: { html: string; metadata: Record<string, unknown> };
}

type DataStore = Map<string, Map<string, StoredEntry>>;

interface KitApp {
  manifest: { routes: { routeData: PrerenderRoute & { prerender: boolean; pattern: RegExp } }[] };
  setInternals: (internals: unknown) => void;
  setOptions: (options: unknown) => void;
  render: (request: Request, options: { routeData: PrerenderRoute }) => Promise<Response>;
}

/** The guide's entry as the content layer would store it, or why it cannot be made here. */
async function guideEntry(
  root: string,
  file: string,
  internals: AstroInternals,
  renderer: MarkdownRenderer,
  keepBody: boolean,
): Promise<StoredEntry | string> {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  let parsed: { frontmatter: Record<string, unknown>; content: string };
  try {
    parsed = internals.parseFrontmatter(source);
  } catch {
    return `${file} has frontmatter that does not parse`;
  }
  const data = await documentedGuideSchema.safeParseAsync(parsed.frontmatter);
  if (!data.success) return `${file} has frontmatter the schema rejects`;
  const body = parsed.content.trim();
  const result = await renderer.render(body, { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(path) });
  const imagePaths = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
  if (imagePaths.length > 0) return `${file} has images, which only a full build processes`;
  return {
    id: basename(file, '.md'),
    data: data.data,
    ...(keepBody && body ? { body } : {}),
    filePath: file,
    digest: createHash('sha1').update(source).digest('hex').slice(0, 16),
    rendered: { html: result.code, metadata: { ...result.metadata, imagePaths } },
  };
}

/** The fields of an entry that pages read (not its digest, which is made differently here), comparably. */
function comparable(internals: AstroInternals, entry: StoredEntry): string {
  const { data, body, filePath, rendered } = entry;
  return internals.devalue.stringify({ data, body, filePath, rendered, keys: Object.keys(entry).sort() });
}

/** The URL Astro requests a prerendered path with (build.format "directory", base "/"). */
function requestUrl(site: string, pathname: string, route: PrerenderRoute): URL {
  const ending = route.type === 'page' && pathname !== '/' ? '/' : '';
  return new URL(pathname + ending, site);
}

/** Where Astro writes a path without a cache key, relative to the client directory. */
function staticFile(pathname: string, route: PrerenderRoute): string {
  if (route.type === 'endpoint') return pathname.slice(1);
  if (pathname === '/') return 'index.html';
  if (pathname === '/404' || pathname === '/500') return `${pathname.slice(1)}.html`;
  return `${pathname.slice(1)}/index.html`;
}

function loadKitApp(kit: KitRecord, dir: string, store: DataStore, warn: (message: string) => void): Promise<KitApp> {
  (globalThis as Record<symbol, unknown>)[Symbol.for(KIT_DATA_GLOBAL)] = store;
  return import(pathToFileURL(join(kitDir(dir), kit.entry)).href).then(({ app }: { app: KitApp }) => {
    app.setInternals({
      pagesByKeys: new Map(kit.pageStyles.map(([key, styles]) => [key, { styles }])),
      entrySpecifierToBundleMap: new Map(),
    });
    const destination = {
      write(event: { level: string; message: string }) {
        if (event.level === 'warn' || event.level === 'error') warn(event.message);
        return true;
      },
    };
    app.setOptions({ settings: { scripts: kit.headScripts }, logger: { options: { destination } } });
    return app;
  });
}

/**
 * Rebuilds the site after guide edits without `astro build`: re-renders the edited guides'
 * Markdown, puts them into the full build's content data, and renders again, with the full
 * build's own compiled pages, exactly the pages Astro's incremental build would (those whose cache
 * key changed, and those without one); then checks and indexes them as the full build does.
 * Anything else (code, settings, other content, a guide added or removed, a page added or removed)
 * returns `built: false` with the reason, and nothing is written.
 *
 * Before writing, untouched guides that show between them every kind of Markdown a guide holds
 * ({@link chooseWitnesses}) are rendered both ways (Markdown and page) and must match the full
 * build's copies byte for byte. Runs in the site's directory, as `astro build` does (the site's
 * code reads its files relative to it), once per process: the kit's modules load once.
 */
export async function quickRebuild(warn: (message: string) => void = console.warn): Promise<QuickRebuild> {
  const root = process.cwd();
  const dir = quickRebuildDir(join(root, CACHE_DIR));
  const kit = readKit(dir);
  const state = readState(dir);
  if (!kit || !state) return fullBuild('no earlier build to build on');
  if (!existsSync(join(kit.clientDir, 'index.html'))) return fullBuild('the last build output is gone');
  if (state.inputs !== inputsDigest(root)) return fullBuild('code, settings or content other than guides changed');
  const now = guideDigests(root);
  const guides = planGuideChanges(state.fullBuildGuides, state.builtGuides, now);
  if (!guides.quick) return fullBuild(guides.reason);
  const missing = Object.keys(state.pages).find(
    (pathname) => !existsSync(join(kit.clientDir, state.pages[pathname]!.file)),
  );
  if (missing !== undefined) return fullBuild(`the page ${missing} is missing from the output`);
  if (guides.sinceLastBuild.length === 0) {
    markBuilt(kit.clientDir);
    return { built: true, guides: [], pages: [] };
  }

  const internals = await loadAstroInternals(root);
  if (internals.version !== kit.astroVersion)
    return fullBuild(`Astro changed from ${kit.astroVersion} to ${internals.version}`);
  const { processor, ...markdown } = kit.markdown;
  if (processor.name !== 'satteri') return fullBuild(`the Markdown processor is ${processor.name}`);
  // As Astro's content layer makes its renderer (vite-plugin-markdown/content-entry-type.js).
  const renderer = await internals.satteri(processor.options).createRenderer({ image: kit.image, ...markdown });

  const flattened = JSON.parse(readFileSync(join(kitDir(dir), KIT_DATA_FILE), 'utf8')) as unknown;
  const store = internals.devalue.unflatten(flattened) as DataStore;
  const guideStore = store.get('guides');
  if (!guideStore) return fullBuild('the content data has no guides');
  const witnesses = chooseWitnesses(
    Object.keys(now).filter((file) => !guides.sinceFullBuild.includes(file)),
    (file) => readFileSync(join(root, file), 'utf8'),
  );
  if (witnesses.length === 0) return fullBuild('every guide changed');
  // Entries are made in the store's own shape, with the Markdown source only if it keeps it.
  const keepBody = 'body' in (guideStore.get(basename(witnesses[0]!, '.md')) ?? {});
  for (const witness of witnesses) {
    const stored = guideStore.get(basename(witness, '.md'));
    const check = await guideEntry(root, witness, internals, renderer, keepBody);
    if (typeof check === 'string' || !stored || comparable(internals, check) !== comparable(internals, stored)) {
      return fullBuild(`an untouched guide (${witness}) renders differently outside astro build`);
    }
  }
  for (const file of guides.sinceFullBuild) {
    const entry = await guideEntry(root, file, internals, renderer, keepBody);
    if (typeof entry === 'string') return fullBuild(entry);
    guideStore.set(entry.id, entry);
  }

  const app = await loadKitApp(kit, dir, store, warn);
  const listed = await new internals.StaticPaths(app).getAll();
  if (listed.some(({ route }) => route.type !== 'page' && route.type !== 'endpoint')) {
    return fullBuild('the site has redirects or fallbacks');
  }
  const pages = planPages(state.pages, listed);
  if (!pages.quick) return fullBuild(pages.reason);
  const byPathname = new Map(listed.map((path) => [path.pathname, path]));
  const fileOf = (pathname: string) =>
    state.pages[pathname]?.file ?? staticFile(pathname, byPathname.get(pathname)!.route);
  const render = async (pathname: string) => {
    const { route } = byPathname.get(pathname)!;
    const response = await app.render(new Request(requestUrl(kit.site, pathname, route)), { routeData: route });
    if (response.status >= 300 && response.status < 400) throw new Error(`${pathname} redirects`);
    return Buffer.from(await response.arrayBuffer());
  };

  // The untouched guides' pages, rendered here, must be the full build's copies.
  const unchanged = new Set(pages.unchanged);
  const guidePages = witnesses.map((file) => `/guides/${basename(file, '.md')}`).filter((path) => unchanged.has(path));
  // When the edits reached every witness's page (a tiny site), any page left as it was will do.
  const pageWitnesses = guidePages.length > 0 ? guidePages : pages.unchanged.slice(0, 1);
  if (pageWitnesses.length === 0) return fullBuild('no untouched page to compare with');
  for (const witness of pageWitnesses) {
    const file = join(kit.clientDir, fileOf(witness));
    if (!existsSync(file) || !(await render(witness)).equals(readFileSync(file))) {
      return fullBuild(`an untouched page (${witness}) renders differently outside astro build`);
    }
  }

  // Each page as the last build wrote it, and as it is now.
  const previous = new Map<string, Buffer>();
  const outputs = new Map<string, Buffer>();
  for (const pathname of pages.render) {
    const file = fileOf(pathname);
    if (file !== SEARCH_DATA_FILE) {
      const path = join(kit.clientDir, file);
      if (!existsSync(path)) return fullBuild(`${file} is missing`);
      previous.set(file, readFileSync(path));
    }
    outputs.set(file, await render(pathname));
  }
  const checked = checkRenderedPages(kit, app, outputs, previous);
  const searchData = outputs.get(SEARCH_DATA_FILE);
  outputs.delete(SEARCH_DATA_FILE);
  // A page whose bytes did not change keeps its date.
  for (const [file, bytes] of outputs)
    if (!previous.get(file)?.equals(bytes)) writeFileSync(join(kit.clientDir, file), bytes);
  writeCspManifest(kit.clientDir, checked.scriptHashes);
  if (searchData) writeSearchIndex(kit.clientDir, JSON.parse(searchData.toString('utf8')) as PageSearchData);

  for (const pathname of pages.render) {
    const cacheKey = byPathname.get(pathname)!.cacheKey;
    if (cacheKey !== undefined) state.pages[pathname] = { file: fileOf(pathname), cacheKey };
  }
  writeState(dir, { ...state, builtGuides: now });
  forgetInAstroManifest(join(root, CACHE_DIR), new Set(pages.render));
  markBuilt(kit.clientDir);
  return { built: true, guides: guides.sinceLastBuild, pages: pages.render };
}

/**
 * The full build's checks, for the pages rendered again: their links must resolve (the `#id`s of
 * pages they link to are read from disk) and their product terms be documented. Links from other
 * pages into these ones are checked again, over the whole site, only when one of them lost an id.
 * Throws as the full build does; returns the inline script hashes the site now has.
 */
function checkRenderedPages(
  kit: KitRecord,
  app: KitApp,
  outputs: ReadonlyMap<string, Buffer>,
  previous: ReadonlyMap<string, Buffer>,
) {
  const onDemand = app.manifest.routes
    .filter(({ routeData }) => !routeData.prerender)
    .map(({ routeData }) => routeData.pattern);
  const isOnDemand = (pathname: string) => onDemand.some((pattern) => pattern.test(pathname));
  const pages = new Map<string, PageLinkFacts>();
  const undocumented: string[] = [];
  const scriptHashes = new Set<string>(readJson<string[]>(cspManifestFile(kit.clientDir)) ?? []);
  let lostIds = false;
  for (const [file, bytes] of outputs) {
    if (!file.endsWith('.html')) continue;
    const facts = pageFacts(file, bytes.toString('utf8'));
    pages.set(file, facts.links);
    undocumented.push(...facts.undocumented);
    for (const hash of facts.scriptHashes) scriptHashes.add(hash);
    const before = elementIds(previous.get(file)!.toString('utf8'));
    if ([...before].some((id) => !facts.links.ids.has(id))) lostIds = true;
  }
  if (lostIds) {
    for (const path of walkFiles(kit.clientDir)) {
      const file = relative(kit.clientDir, path).split(sep).join('/');
      if (file.endsWith('.html') && !pages.has(file))
        pages.set(file, pageFacts(file, readFileSync(path, 'utf8')).links);
    }
  } else {
    // Only the ids of the pages linked to are needed; their own links were checked by the last build.
    for (const { links } of [...pages.values()]) {
      for (const link of links) {
        if (!link.fragment) continue;
        const target = candidateFiles(link.pathname).find(
          (file) => file.endsWith('.html') && existsSync(join(kit.clientDir, file)),
        );
        if (target && !pages.has(target)) {
          pages.set(target, { links: [], ids: elementIds(readFileSync(join(kit.clientDir, target), 'utf8')) });
        }
      }
    }
  }
  assertSiteIsSound(kit.clientDir, pages, undocumented, isOnDemand);
  return { scriptHashes };
}

/**
 * The CSP manifest is the last file a build writes, and `npm start` takes its age for the build's
 * (scripts/start.ts): a quick rebuild, even one with nothing to do, leaves it as new as the guides.
 */
function markBuilt(clientDir: string): void {
  const now = new Date();
  utimesSync(cspManifestFile(clientDir), now, now);
}

/**
 * Pages rendered here are dropped from Astro's own record of the last build, so a later
 * `astro build` renders them again rather than trusting the copy this rebuild wrote.
 */
function forgetInAstroManifest(cacheDir: string, pathnames: ReadonlySet<string>): void {
  const file = astroManifestFile(cacheDir);
  const manifest = readJson<AstroIncrementalManifest>(file);
  if (!manifest) return;
  for (const route of Object.values(manifest.routes)) {
    for (const pathname of Object.keys(route.paths)) if (pathnames.has(pathname)) delete route.paths[pathname];
  }
  writeFileSync(file, JSON.stringify(manifest, null, '\t'));
}
