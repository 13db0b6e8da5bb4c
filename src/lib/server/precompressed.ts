import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, sep } from 'node:path';
import { chooseEncoding, COMPRESSED_TYPES, ENCODINGS, type Encoding } from './content-encoding.ts';
import { walkFiles } from '../fs/walk.ts';

// Build assets and Pagefind's chunks are named by their content, so they never change under their
// name; pages and Pagefind's entry files do, so browsers check those each time.
const HASHED_NAME =
  /^\/_astro\/|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/pagefind\.[a-z]+_[0-9a-f]+\.pf_meta$/;

/** A static file the build also wrote compressed. */
interface CompressedFile {
  type: string;
  encodings: Map<Encoding, Variant>;
}

/** One compressed copy of a file. */
interface Variant {
  path: string;
  size: number;
  etag: string;
}

/**
 * The files of `clientDir` with brotli or gzip copies beside them, by URL path (a directory's
 * `index.html` also under the directory's own path). Read once at start: the build is immutable.
 */
export function findCompressedFiles(clientDir: string): Map<string, CompressedFile> {
  const files = new Map<string, CompressedFile>();
  for (const path of walkFiles(clientDir)) {
    const type = COMPRESSED_TYPES[extname(path)];
    if (!type) continue;
    const encodings = new Map<Encoding, Variant>();
    for (const { name, suffix } of ENCODINGS) {
      try {
        const stat = statSync(path + suffix);
        encodings.set(name, {
          path: path + suffix,
          size: stat.size,
          etag: `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}-${name}"`,
        });
      } catch {
        // This file was too small to be worth compressing.
      }
    }
    if (encodings.size === 0) continue;
    const urlPath = '/' + relative(clientDir, path).split(sep).join('/');
    const file = { type, encodings };
    files.set(urlPath, file);
    if (urlPath.endsWith('/index.html')) files.set(urlPath.slice(0, -'index.html'.length), file);
  }
  return files;
}

/**
 * Sends the compressed copy of a static file when the browser accepts one, with its validators
 * and caching rules, and returns true; returns false to let the site's own handler answer.
 */
export function serveCompressed(
  files: ReadonlyMap<string, CompressedFile>,
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
  res.setHeader('Vary', 'Accept-Encoding');
  const encoding = chooseEncoding(req.headers['accept-encoding'], file.encodings);
  const variant = encoding && file.encodings.get(encoding);
  if (!encoding || !variant) return false;
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('ETag', variant.etag);
  res.setHeader('Cache-Control', HASHED_NAME.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (req.headers['if-none-match'] === variant.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Length', variant.size);
  if (req.method === 'HEAD') res.end();
  else createReadStream(variant.path).pipe(res);
  return true;
}
