import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { walkFiles } from '../../server/walk.ts';
import { join, relative, sep } from 'node:path';

/** Astro's `cacheDir` (astro.config.mjs), relative to the project. */
export const CACHE_DIR = '.astro/cache';

/** Where the quick rebuild keeps what it needs, inside Astro's `cacheDir`. */
const QUICK_REBUILD_DIR = 'quick-rebuild';

/** The guides the content collection loads (src/content.config.ts): `content/guides/*.md`. */
const GUIDES_DIR = join('content', 'guides');
const GUIDE_FILE = /\.md$/;

/**
 * Everything besides the guides that a build's output depends on. A change to any of these files
 * (code, styles, settings, the other content, the installed packages' lockfile) means a full build.
 */
const TRACKED = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment variables the build reads (astro.config.mjs reads `SITE_URL`; Astro sets `NODE_ENV` itself); any of them changing means a full build. */
const TRACKED_ENV = /^(?:SITE_URL|PUBLIC_\w+|ASTRO_\w+)$/;

/** What the last full build left for a quick rebuild, written by `quickRebuildKit()`. */
export interface KitRecord {
  version: 1;
  astroVersion: string;
  /** The prerender entry, relative to the kit directory. */
  entry: string;
  /** Each page's stylesheets as the build resolved them (Astro keeps them outside the bundle). */
  pageStyles: [key: string, styles: unknown[]][];
  /** Scripts Astro inlines into every page's head. */
  headScripts: { stage: string; content: string }[];
  /** The resolved Markdown settings a content renderer is made from, with the processor's name and options. */
  markdown: {
    processor: { name: string; options: unknown };
    syntaxHighlight: unknown;
    shikiConfig: unknown;
    gfm?: unknown;
    smartypants?: unknown;
  };
  /** The resolved image settings, which the renderer is given too. */
  image: unknown;
  site: string;
  /** Where the pages are: Astro's `build.client`. */
  clientDir: string;
}

/** What is in `dist/` now: the inputs of the last full build, and each page's cache key. */
export interface BuildState {
  version: 1;
  /** Digest of the tracked inputs other than the guides ({@link inputsDigest}). */
  inputs: string;
  /** Each guide file's digest at the last full build: its data is what the kit holds. */
  fullBuildGuides: Record<string, string>;
  /** Each guide file's digest as `dist/` shows it now (after any quick rebuilds). */
  builtGuides: Record<string, string>;
  /** Every prerendered page and endpoint: its output file (relative to the client directory) and cache key. */
  pages: Record<string, { file: string; cacheKey?: string }>;
}

const sha1 = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('hex');

/** The files at `path`: below it when it is a directory, itself when it is a file, none when it is missing. */
function filesAt(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  return stat.isDirectory() ? [...walkFiles(path)] : [path];
}

const isGuide = (root: string, file: string) =>
  relative(root, file).startsWith(GUIDES_DIR + sep) &&
  GUIDE_FILE.test(file) &&
  !relative(join(root, GUIDES_DIR), file).includes(sep);

/** Each guide file (relative to `root`, with `/`) and the digest of its bytes. */
export function guideDigests(root: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of filesAt(join(root, GUIDES_DIR))) {
    if (isGuide(root, file)) digests[relative(root, file).split(sep).join('/')] = sha1(readFileSync(file));
  }
  return digests;
}

/** One digest of every tracked input that is not a guide, the tracked environment and Node's version. */
export function inputsDigest(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const lines: string[] = [];
  for (const name of TRACKED) {
    for (const file of filesAt(join(root, name)).sort()) {
      if (isGuide(root, file)) continue;
      lines.push(`${relative(root, file).split(sep).join('/')} ${sha1(readFileSync(file))}`);
    }
  }
  const tracked = Object.keys(env).filter((key) => TRACKED_ENV.test(key));
  for (const key of tracked.sort()) lines.push(`env ${key}=${env[key]}`);
  lines.push(`node ${process.version}`);
  return sha1(lines.join('\n'));
}

export function quickRebuildDir(cacheDir: string): string {
  return join(cacheDir, QUICK_REBUILD_DIR);
}

export const kitDir = (dir: string) => join(dir, 'kit');
const kitFile = (dir: string) => join(dir, 'kit.json');
const stateFile = (dir: string) => join(dir, 'state.json');

/** A JSON file's value, or undefined when it is missing or not JSON. */
export function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Written whole and then renamed, so an interrupted write never leaves half a record. */
function writeJson(file: string, value: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

/** A record this code wrote: one of another shape (from other code) is as good as none. */
const current = <T extends { version: number }>(record: T | undefined) => (record?.version === 1 ? record : undefined);

/** Astro's record of the pages it rendered, with their cache keys (`experimental.incrementalBuild`). */
export interface AstroIncrementalManifest {
  routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

/** Where Astro keeps that record, in its `cacheDir`. */
export const astroManifestFile = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

export const readKit = (dir: string) => current(readJson<KitRecord>(kitFile(dir)));
export const writeKit = (dir: string, kit: KitRecord) => writeJson(kitFile(dir), kit);
export const readState = (dir: string) => current(readJson<BuildState>(stateFile(dir)));
export const writeState = (dir: string, state: BuildState) => writeJson(stateFile(dir), state);
