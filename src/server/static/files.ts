import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, sep } from 'node:path';
import { etagMatches } from '../http/etag.ts';
import { walkFiles } from '../walk.ts';
import { CompressedCache } from './compressed-cache.ts';
import {
  chooseEncoding,
  COMPRESSED_TYPES,
  ENCODINGS,
  MIN_COMPRESSED_BYTES,
  OTHER_TYPES,
  type Encoding,
} from './content-encoding.ts';

// Build assets and the search index's files (under the index's version, see MANIFEST_FILE) are
// named by their content, so they never change under their name; pages and the search manifest
// do, so browsers check those each time.
const HASHED_NAME = /^\/_astro\/|^\/search\/[0-9a-z]+\//;

/** How long a browser or CDN may keep a file: hashed names for a year, everything else revalidated. */
export function cacheControlFor(pathname: string): string {
  return HASHED_NAME.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A file the build wrote, with its compressed copies. */
interface StaticFile {
  type: string;
  identity: Variant;
  /** Copies the build wrote beside it (shared assets, compressed hard once). */
  encodings: Map<Encoding, Variant>;
  /** Text the build left uncompressed (pages): compressed on first request instead. */
  compressOnDemand: boolean;
}

/** Every encoding, for a file compressed on demand. */
const ALL_ENCODINGS: { has(encoding: Encoding): boolean } = { has: () => true };

/** One copy of a file, as it is or compressed. */
interface Variant {
  path: string;
  size: number;
  etag: string;
}

function variant(path: string, label: string): Variant | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return { path, size: stat.size, etag: `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}-${label}"` };
}

/**
 * Every file of `clientDir` by URL path (a directory's `index.html` also under the directory's own
 * path), with its brotli and gzip copies. Read once at start: the build is immutable.
 */
function findStaticFiles(clientDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const copies = new Set<string>(ENCODINGS.map(({ suffix }) => suffix));
  const all = [...walkFiles(clientDir)];
  const present = new Set(all);
  for (const path of all) {
    const extension = extname(path);
    // A `.br`/`.gz` beside its original is a copy of it, not a file of its own.
    if (copies.has(extension) && present.has(path.slice(0, -extension.length))) continue;
    const identity = variant(path, 'id');
    if (!identity) continue;
    const encodings = new Map<Encoding, Variant>();
    for (const { name, suffix } of ENCODINGS) {
      const copy = present.has(path + suffix) ? variant(path + suffix, name) : undefined;
      if (copy) encodings.set(name, copy);
    }
    const type = COMPRESSED_TYPES[extension] ?? OTHER_TYPES[extension] ?? 'application/octet-stream';
    const urlPath = '/' + relative(clientDir, path).split(sep).join('/');
    const compressOnDemand =
      encodings.size === 0 && Object.hasOwn(COMPRESSED_TYPES, extension) && identity.size >= MIN_COMPRESSED_BYTES;
    const file = { type, identity, encodings, compressOnDemand };
    files.set(urlPath, file);
    if (urlPath.endsWith('/index.html')) files.set(urlPath.slice(0, -'index.html'.length), file);
  }
  return files;
}

/** Answers a request with a file of the build, or says it is not one. */
export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Serves the build's files in `clientDir` (read once at start: the build is immutable), holding at
 * most `compressedCacheBytes` of copies compressed on demand.
 */
export function createStaticHandler(clientDir: string, compressedCacheBytes: number): StaticHandler {
  const files = findStaticFiles(clientDir);
  const compressed = new CompressedCache(compressedCacheBytes);
  return (req, res) => serveStatic(files, compressed, req, res);
}

/**
 * Sends a static file (its best compressed copy the browser accepts) with its validators and
 * caching rules, or 304 when `If-None-Match` matches, and returns true; returns false for paths
 * that are not files of the build, to let the site's own handler answer.
 */
function serveStatic(
  files: ReadonlyMap<string, StaticFile>,
  compressed: CompressedCache,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let pathname: string;
  try {
    pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return false;
  }
  const file = files.get(pathname);
  if (!file) return false;
  const available = file.compressOnDemand ? ALL_ENCODINGS : file.encodings;
  if (file.compressOnDemand || file.encodings.size > 0) res.setHeader('Vary', 'Accept-Encoding');
  const encoding = chooseEncoding(req.headers['accept-encoding'], available);
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', cacheControlFor(pathname));
  if (encoding && file.compressOnDemand) {
    res.setHeader('Content-Encoding', encoding);
    const etag = file.identity.etag.replace(/-id"$/, `-${encoding}"`);
    if (answerNotModified(req, res, etag)) return true;
    compressed.get(file.identity.path, etag, encoding).then(
      (body) => {
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        // A copy that cannot be made: the file as it is still answers.
        res.removeHeader('Content-Encoding');
        sendFile(req, res, file.identity);
      },
    );
    return true;
  }
  const chosen = (encoding && file.encodings.get(encoding)) || file.identity;
  if (encoding) res.setHeader('Content-Encoding', encoding);
  if (answerNotModified(req, res, chosen.etag)) return true;
  sendFile(req, res, chosen);
  return true;
}

/** Sets the ETag and, when the browser's copy matches it, answers 304 and returns true. */
function answerNotModified(req: IncomingMessage, res: ServerResponse, etag: string): boolean {
  res.setHeader('ETag', etag);
  if (!etagMatches(req.headers['if-none-match'], etag)) return false;
  res.statusCode = 304;
  res.end();
  return true;
}

function sendFile(req: IncomingMessage, res: ServerResponse, variant: Variant): void {
  res.setHeader('ETag', variant.etag);
  res.setHeader('Content-Length', variant.size);
  if (req.method === 'HEAD') res.end();
  else createReadStream(variant.path).pipe(res);
}
