import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, sep } from 'node:path';
import { etagMatches } from '../http/etag.ts';
import { walkFiles } from '../walk.ts';
import { CompressedCache } from './compressed-cache.ts';
import { chooseEncoding, COMPRESSED_TYPES, MIN_COMPRESSED_BYTES, OTHER_TYPES } from './content-encoding.ts';

// Build assets and the search index's files (under the index's version, see MANIFEST_FILE) are
// named by their content, so they never change under their name; pages and the search manifest
// do, so browsers check those each time.
const HASHED_NAME = /^\/_astro\/|^\/search\/[0-9a-z]+\//;

/** How long a browser or CDN may keep a file: hashed names for a year, everything else revalidated. */
export function cacheControlFor(pathname: string): string {
  return HASHED_NAME.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A file the build wrote. */
interface StaticFile {
  path: string;
  type: string;
  size: number;
  /** The ETag of the file as it is; a compressed copy's names its encoding instead of `id`. */
  etag: string;
  /** Text worth compressing: sent compressed when the browser accepts it, made on first request. */
  compressible: boolean;
}

/**
 * Every file of `clientDir` by URL path (a directory's `index.html` also under the directory's own
 * path). Read once at start: the build is immutable.
 */
function findStaticFiles(clientDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of walkFiles(clientDir)) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const extension = extname(path);
    const urlPath = '/' + relative(clientDir, path).split(sep).join('/');
    const file: StaticFile = {
      path,
      type: COMPRESSED_TYPES[extension] ?? OTHER_TYPES[extension] ?? 'application/octet-stream',
      size: stat.size,
      etag: `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}-id"`,
      compressible: Object.hasOwn(COMPRESSED_TYPES, extension) && stat.size >= MIN_COMPRESSED_BYTES,
    };
    files.set(urlPath, file);
    if (urlPath.endsWith('/index.html')) files.set(urlPath.slice(0, -'index.html'.length), file);
  }
  return files;
}

/** Answers a request with a file of the build, or says it is not one. */
export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Serves the build's files in `clientDir`, holding at most `compressedCacheBytes` of compressed
 * copies. The build writes none: a CDN compresses on its own, and so does this server, once per
 * file and encoding.
 */
export function createStaticHandler(clientDir: string, compressedCacheBytes: number): StaticHandler {
  const files = findStaticFiles(clientDir);
  const compressed = new CompressedCache(compressedCacheBytes);
  return (req, res) => serveStatic(files, compressed, req, res);
}

/**
 * Sends a static file (compressed as the browser accepts, when it is text) with its validators and
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
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURI(url.pathname);
  } catch {
    return false;
  }
  const file = files.get(pathname);
  if (!file) {
    // A page's address without its final slash: the page's own address, so links and search
    // engines meet one address per page.
    if (pathname.endsWith('/') || !files.has(`${pathname}/`)) return false;
    res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': cacheControlFor(`${pathname}/`) });
    res.end();
    return true;
  }
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', cacheControlFor(pathname));
  const encoding = file.compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  if (file.compressible) res.setHeader('Vary', 'Accept-Encoding');
  if (!encoding) {
    if (answerNotModified(req, res, file.etag)) return true;
    sendFile(req, res, file);
    return true;
  }
  res.setHeader('Content-Encoding', encoding);
  const etag = file.etag.replace(/-id"$/, `-${encoding}"`);
  if (answerNotModified(req, res, etag)) return true;
  compressed.get(file.path, etag, encoding).then(
    (body) => {
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    },
    () => {
      // A copy that cannot be made: the file as it is still answers.
      res.removeHeader('Content-Encoding');
      res.setHeader('ETag', file.etag);
      sendFile(req, res, file);
    },
  );
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

function sendFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  res.setHeader('Content-Length', file.size);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file.path).pipe(res);
}
