import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Encoding } from './content-encoding.ts';

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/**
 * Settings for compressing a page as it is asked for: brotli 5 and gzip 6 take a millisecond or
 * two for a page and come within a few percent of the slowest settings on HTML.
 */
const ON_DEMAND: Record<Encoding, (source: Buffer) => Promise<Buffer>> = {
  br: (source) =>
    toBrotli(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    }),
  gzip: (source) => toGzip(source, { level: 6 }),
};

/**
 * `bytes` in memory of its own size: zlib's result is a view of a 64 KB buffer (so is
 * `Buffer.from` of it), and a page's few kilobytes would keep all of that.
 */
function exactCopy(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

/**
 * Compressed copies of the build's files made on first request and kept, least recently used
 * dropped first, within a byte budget: the build leaves pages uncompressed (one per guide, most
 * read rarely), and a busy page costs its compression once.
 */
export class CompressedCache {
  readonly #budget: number;
  readonly #entries = new Map<string, Promise<Buffer>>();
  readonly #sizes = new Map<string, number>();
  #bytes = 0;

  /** `budgetBytes`: the most compressed bytes held at once. */
  constructor(budgetBytes: number) {
    this.#budget = budgetBytes;
  }

  /** Bytes held now (for tests and reports). */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * The file at `path` compressed with `encoding`; `version` (its ETag) tells copies of a file that
   * changed apart. Requests for a copy being made share it.
   */
  get(path: string, version: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}\0${version}\0${path}`;
    const held = this.#entries.get(key);
    if (held) {
      this.#entries.delete(key);
      this.#entries.set(key, held);
      return held;
    }
    const made = readFile(path).then(async (source) => exactCopy(await ON_DEMAND[encoding](source)));
    this.#entries.set(key, made);
    made.then(
      (body) => this.#settle(key, made, body.length),
      () => this.#entries.delete(key),
    );
    return made;
  }

  #settle(key: string, made: Promise<Buffer>, size: number): void {
    if (this.#entries.get(key) !== made) return;
    this.#sizes.set(key, size);
    this.#bytes += size;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.#budget) break;
      const oldSize = this.#sizes.get(oldest);
      // A copy still being made has no size yet and stays.
      if (oldSize === undefined) continue;
      this.#entries.delete(oldest);
      this.#sizes.delete(oldest);
      this.#bytes -= oldSize;
    }
  }
}
