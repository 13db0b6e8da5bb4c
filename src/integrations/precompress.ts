import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../server/walk.ts';
import { COMPRESSED_TYPES } from '../server/static/content-encoding.ts';

/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

const brotli = (source: Buffer, quality: number) =>
  toBrotli(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  });

/**
 * Brotli quality for a file: the most for shared assets (scripts, styles, the search index's
 * terms and words), which few files are and every reader fetches; a fast setting for the
 * thousands of pages and guides' search files, each read once, where the top setting costs 30
 * times the time for 10% fewer bytes.
 */
function brotliQuality(path: string): number {
  const shared = /[\\/]_astro[\\/]|[\\/]search[\\/](?![0-9a-z]+[\\/]docs[\\/])/.test(path);
  return shared ? 11 : 5;
}

/** Writes `.br` and `.gz` beside a text file; returns the bytes brotli saves. */
async function compressText(path: string): Promise<number> {
  const source = readFileSync(path);
  const [br, gz] = await Promise.all([brotli(source, brotliQuality(path)), toGzip(source, { level: 9 })]);
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  return source.length - br.length;
}

/**
 * After the build (and the search index): writes brotli and gzip copies beside each text file of
 * the static site, so the server sends them compressed without spending CPU per request.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'help-center:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = [...walkFiles(fileURLToPath(dir))].filter(
          (path) => Object.hasOwn(COMPRESSED_TYPES, extname(path)) && statSync(path).size >= MIN_BYTES,
        );
        let saved = 0;
        // The compressors run on libuv's thread pool; a bounded batch keeps memory flat at 10,000 pages.
        for (let start = 0; start < files.length; start += 64) {
          const sizes = await Promise.all(files.slice(start, start + 64).map(compressText));
          saved += sizes.reduce((a, b) => a + b, 0);
        }
        logger.info(`${files.length} files precompressed (brotli saves ${(saved / 1024 / 1024).toFixed(1)} MB in all)`);
      },
    },
  };
}
