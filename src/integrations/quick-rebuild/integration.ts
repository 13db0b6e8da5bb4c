import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { astroVersion } from './astro-internals.ts';
import {
  guideDigests,
  inputsDigest,
  kitDir,
  quickRebuildDir,
  readJson,
  astroManifestFile,
  type AstroIncrementalManifest,
  writeKit,
  writeState,
  type BuildState,
  type KitRecord,
} from './state.ts';

/** The global the kit's content data module reads its data from during a quick rebuild. */
export const KIT_DATA_GLOBAL = 'help-center.quick-rebuild.data-store';
/** The content data the bundle was made with (Astro's data-store.json, devalue's flattened form), beside the kit. */
export const KIT_DATA_FILE = 'content-data.json';

interface PageBuildData {
  key: string;
  styles: unknown[];
}

/** Whether the file begins with `text` (read without loading a large file whole). */
function startsWith(file: string, text: string): boolean {
  const head = Buffer.alloc(Buffer.byteLength(text));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('utf8') === text;
}

/** Whether JSON keeps all of `value`: no functions, class instances, dates or maps (`undefined` is dropped alike). */
function jsonSafe(value: unknown): boolean {
  if (value === null || ['undefined', 'boolean', 'string'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object' || ![Object.prototype, null].includes(Object.getPrototypeOf(value))) return false;
  return Object.values(value).every(jsonSafe);
}

/**
 * Copies the bundle `astro build` prerendered the pages with (which Astro deletes afterwards) into
 * the kit, with the content data module replaced by one a quick rebuild fills. Returns why no kit
 * could be made, or the record of the kit.
 */
async function saveKit(
  config: AstroConfig,
  pages: Map<string, PageBuildData>,
  dir: string,
): Promise<KitRecord | string> {
  const prerenderDir = fileURLToPath(new URL('./.prerender/', config.build.server));
  if (!existsSync(prerenderDir)) return 'Astro left no prerender bundle';
  const kit = kitDir(dir);
  rmSync(kit, { recursive: true, force: true });
  cpSync(prerenderDir, kit, { recursive: true, filter: (source) => basename(source) !== '_astro' });
  const entry = readdirSync(kit).find((name) => /^prerender-entry.*\.mjs$/.test(name));
  const chunks = existsSync(join(kit, 'chunks')) ? readdirSync(join(kit, 'chunks')) : [];
  const dataChunks = chunks.filter((name) => name.startsWith('_astro_data-layer-content'));
  if (!entry) return 'the prerender bundle has no entry';
  if (dataChunks.length !== 1) return `the prerender bundle has ${dataChunks.length} content data chunks`;
  const dataChunk = join('chunks', dataChunks[0]!);
  // The chunk inlines Astro's data store file as it was when the bundle was made: a copy of the
  // file is the same data, without compiling a module of it (90 MB at ten thousand guides).
  if (!startsWith(join(kit, dataChunk), '// \\0astro:data-layer-content\nvar '))
    return 'the content data chunk is not as expected';
  const dataStore = join(fileURLToPath(config.cacheDir), 'data-store.json');
  if (!existsSync(dataStore)) return 'Astro left no data-store.json';
  copyFileSync(dataStore, join(kit, KIT_DATA_FILE));
  writeFileSync(join(kit, dataChunk), `export default globalThis[Symbol.for(${JSON.stringify(KIT_DATA_GLOBAL)})];\n`);

  // The same module instance Astro rendered with, so its settings are this build's.
  const { app } = (await import(pathToFileURL(join(prerenderDir, entry)).href)) as {
    app: { getSettings: () => { scripts: { stage: string; content: string }[] } };
  };
  const scripts = app.getSettings().scripts;
  if (scripts.some((script) => script.stage !== 'head-inline')) return 'an integration adds page scripts';
  const { processor, remarkPlugins, rehypePlugins } = config.markdown;
  if (remarkPlugins.length > 0 || rehypePlugins.length > 0) return 'Markdown plugins are configured';
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  const markdown = {
    processor: { name: processor.name, options: processor.options },
    syntaxHighlight,
    shikiConfig,
    gfm,
    smartypants,
  };
  if (!jsonSafe(markdown) || !jsonSafe(config.image)) return 'the Markdown or image settings hold functions';
  if (config.build.format !== 'directory' || config.base !== '/' || !config.site) {
    return 'the site is not built as directories at / with a `site`';
  }
  return {
    version: 1,
    astroVersion: astroVersion(fileURLToPath(config.root)),
    entry,
    pageStyles: [...pages.values()].map((page) => [page.key, page.styles]),
    headScripts: scripts.map(({ stage, content }) => ({ stage, content })),
    markdown,
    image: config.image,
    site: config.site,
    clientDir: fileURLToPath(config.build.client),
  };
}

/**
 * Lets the next build of a guide edit skip `astro build` (see `quickRebuild`): keeps the bundle
 * the pages were rendered with and records what this build was made of. Runs last, so nothing is
 * recorded for a build that failed its checks.
 */
export function quickRebuildKit(): AstroIntegration {
  let building = false;
  let config: AstroConfig | undefined;
  let pages = new Map<string, PageBuildData>();
  let dir = '';
  let inputs = '';
  let guides: Record<string, string> = {};
  let kitProblem: string | undefined;
  let kitMade = false;
  const off = (logger: AstroIntegrationLogger, why: string) => {
    kitProblem = why;
    rmSync(dir, { recursive: true, force: true });
    logger.warn(`the next guide edit needs a full build: ${why}`);
  };
  return {
    name: 'help-center:quick-rebuild-kit',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config: resolved }) => {
        // `astro dev`, `astro check` and `astro sync` leave the last build's kit alone.
        if (!building) return;
        config = resolved;
        dir = quickRebuildDir(fileURLToPath(resolved.cacheDir));
        // Whatever this build leaves, the last kit no longer describes dist/.
        rmSync(dir, { recursive: true, force: true });
        const root = fileURLToPath(resolved.root);
        inputs = inputsDigest(root);
        guides = guideDigests(root);
      },
      'astro:build:setup': ({ pages: buildPages }) => {
        pages = buildPages as unknown as Map<string, PageBuildData>;
      },
      'astro:build:generated': async ({ logger }) => {
        if (!config) return;
        const kit = await saveKit(config, pages, dir);
        if (typeof kit === 'string') return off(logger, kit);
        writeKit(dir, kit);
        kitMade = true;
      },
      'astro:build:done': ({ logger }) => {
        if (!config || kitProblem !== undefined) return;
        if (!kitMade) return off(logger, 'no kit was made');
        const manifest = readJson<AstroIncrementalManifest>(astroManifestFile(fileURLToPath(config.cacheDir)));
        if (!manifest) return off(logger, 'Astro wrote no record of the pages it rendered');
        const state: BuildState = { version: 1, inputs, fullBuildGuides: guides, builtGuides: guides, pages: {} };
        for (const route of Object.values(manifest.routes)) {
          for (const [pathname, { cacheKey, outputFile }] of Object.entries(route.paths)) {
            const file = relative(fileURLToPath(config.build.client), join(fileURLToPath(config.outDir), outputFile));
            state.pages[pathname] = { file: file.split(sep).join('/'), cacheKey };
          }
        }
        writeState(dir, state);
      },
    },
  };
}
