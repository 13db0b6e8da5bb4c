import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { walkFiles } from '../server/walk.ts';
import { COMPRESSED_TYPES, MIN_COMPRESSED_BYTES } from '../server/static/content-encoding.ts';

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/**
 * Files every reader fetches and that are named by their content: the bundles under `_astro/` and
 * the search index's shared files (not one guide's own, under `docs/`). Few, so worth brotli's top
 * setting. Pages and guides' files are many and each read rarely: the server compresses those on
 * first request (see `CompressedCache`), which spares the build writing thousands of copies.
 */
const SHARED = /[\\/]_astro[\\/]|[\\/]search[\\/](?![0-9a-z]+[\\/]docs[\\/])/;

/** Writes `.br` and `.gz` beside `path`, made once per content; returns the content key. */
async function compressShared(path: string, cacheDir: string): Promise<string> {
  const source = readFileSync(path);
  const key = createHash('sha256').update(source).digest('hex');
  const cached = join(cacheDir, key);
  if (!existsSync(`${cached}.gz`)) {
    const [br, gz] = await Promise.all([
      toBrotli(source, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
      }),
      toGzip(source, { level: 9 }),
    ]);
    writeFileSync(`${cached}.br`, br);
    writeFileSync(`${cached}.gz`, gz);
  }
  copyFileSync(`${cached}.br`, `${path}.br`);
  copyFileSync(`${cached}.gz`, `${path}.gz`);
  return key;
}

/**
 * After the build (and the search index): writes brotli and gzip copies beside the shared text
 * files, so the server sends them compressed at the best ratio without spending CPU per request.
 * Copies are kept in the build cache by content, so a rebuild compresses only what changed.
 */
export function precompress(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'help-center:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompressed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = [...walkFiles(fileURLToPath(dir))].filter(
          (path) =>
            SHARED.test(path) &&
            Object.hasOwn(COMPRESSED_TYPES, extname(path)) &&
            statSync(path).size >= MIN_COMPRESSED_BYTES,
        );
        mkdirSync(cacheDir, { recursive: true });
        const before = new Set(readdirSync(cacheDir).map((name) => name.replace(/\.(br|gz)$/, '')));
        const used = new Set<string>();
        // The compressors run on libuv's thread pool; a bounded batch keeps memory flat.
        for (let start = 0; start < files.length; start += 32) {
          for (const key of await Promise.all(files.slice(start, start + 32).map((f) => compressShared(f, cacheDir)))) {
            used.add(key);
          }
        }
        for (const stale of before) {
          if (used.has(stale)) continue;
          rmSync(join(cacheDir, `${stale}.br`), { force: true });
          rmSync(join(cacheDir, `${stale}.gz`), { force: true });
        }
        const made = [...used].filter((key) => !before.has(key)).length;
        logger.info(`${files.length} shared files precompressed (${made} new, the rest from the cache)`);
      },
    },
  };
}
