import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../server/walk.ts';
import { indexFileTexts, MANIFEST_FILE, SEARCH_DIRECTORY } from '../lib/search/index-files.ts';
import {
  PAGE_SEARCH_FILE,
  packHead,
  packTable,
  SEARCH_DATA_FILE,
  type PageSearchData,
} from '../lib/search/page-search.ts';

function writeAll(file: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length;) at += writeSync(file, bytes, at);
}

/** The files a pack holds, by path: what the last build wrote into the search directory. */
function readPack(file: string): Map<string, Buffer> {
  let pack: Buffer;
  try {
    pack = readFileSync(file);
  } catch {
    return new Map();
  }
  const head = packHead(pack);
  if (!head) return new Map();
  const body = pack.subarray(head.filesStart);
  return new Map(
    Object.entries(head.table).map(([path, [start, length]]) => [path, body.subarray(start, start + length)]),
  );
}

function versionOf(manifest: unknown): string | undefined {
  const version = (manifest as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' ? version : undefined;
}

/**
 * Every index file but the manifest sits under a directory named after the index's version, which
 * every edit changes. Renaming the last version's directory to the new name (one call, where
 * writing a thousand files again takes the better part of a second) leaves only the files whose
 * bytes changed to write. Returns the last build's files as they are named now.
 */
function reuseLastVersion(
  output: string,
  before: Map<string, Buffer>,
  index: ReadonlyMap<string, string>,
): Map<string, Buffer> {
  const manifest = before.get(MANIFEST_FILE);
  const last = manifest && versionOf(JSON.parse(manifest.toString('utf8')));
  const next = versionOf(JSON.parse(index.get(MANIFEST_FILE) ?? 'null'));
  if (!last || !next || last === next || !existsSync(join(output, last)) || existsSync(join(output, next))) {
    return before;
  }
  renameSync(join(output, last), join(output, next));
  return new Map(
    [...before].map(([path, bytes]) => [
      path.startsWith(`${last}/`) ? `${next}/${path.slice(last.length + 1)}` : path,
      bytes,
    ]),
  );
}

/**
 * Turns the search index into the small files the browser fetches on demand in
 * `<clientDir>/search/`, and packs the same files into one next to the server
 * (`page-search.pack`). The last pack tells what the search directory holds: a file with the same
 * bytes is left alone and one no longer in the index is removed, so a rebuild after one edit
 * touches only the files the edit changed. Returns how many files the index has and how many
 * were written.
 */
export function writeSearchIndex(clientDir: string, data: PageSearchData): { files: number; written: number } {
  if (data.documents.length === 0) throw new Error('search: no guide to index');
  const output = join(clientDir, SEARCH_DIRECTORY);
  const packFile = join(clientDir, '..', PAGE_SEARCH_FILE);
  const index = indexFileTexts(data);
  const before = reuseLastVersion(output, readPack(packFile), index);
  const files: [string, Buffer][] = [];
  const directories = new Set<string>();
  let written = 0;
  for (const [path, text] of index) {
    const bytes = Buffer.from(text);
    files.push([path, bytes]);
    if (before.get(path)?.equals(bytes)) continue;
    const target = join(output, path);
    if (!directories.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    directories.add(dirname(target));
    writeFileSync(target, bytes);
    written += 1;
  }
  // Whatever else is in the directory (the last version's files this one has not, or files of
  // an older layout) goes, and the directories it leaves empty.
  const current = new Set(files.map(([path]) => path));
  const emptied = new Set<string>();
  for (const file of walkFiles(output)) {
    const path = relative(output, file).split(sep).join('/');
    if (current.has(path)) continue;
    rmSync(file);
    for (let dir = dirname(path); dir !== '.'; dir = dirname(dir)) emptied.add(dir);
  }
  // Deepest first, so a directory's subdirectories are gone before it is looked at.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    const target = join(output, dir);
    if (readdirSync(target).length === 0) rmdirSync(target);
  }
  const pack = openSync(packFile, 'w');
  try {
    const table = packTable(files.map(([path, bytes]) => [path, bytes.length]));
    writeAll(pack, Buffer.from(`${JSON.stringify(table)}\n`));
    for (const [, bytes] of files) writeAll(pack, bytes);
  } finally {
    closeSync(pack);
  }
  return { files: files.length, written };
}

/**
 * After the build: writes the search index made by `src/pages/page-search.json.ts` (see
 * {@link writeSearchIndex}), then removes the index from the public files. Both sides read these
 * files through one reader, so they rank alike.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'help-center:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const dataFile = join(clientDir, SEARCH_DATA_FILE);
        const data = JSON.parse(readFileSync(dataFile, 'utf8')) as PageSearchData;
        rmSync(dataFile);
        const { files } = writeSearchIndex(clientDir, data);
        logger.info(`search index written: ${data.documents.length} guides, ${files} files`);
      },
    },
  };
}
