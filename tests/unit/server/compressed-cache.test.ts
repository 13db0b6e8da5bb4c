import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CompressedCache } from '../../../src/server/static/compressed-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'compressed-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page of `size` bytes of varied text, written to its own file. */
function page(name: string, size: number): string {
  const path = join(dir, name);
  let text = '';
  for (let i = 0; text.length < size; i += 1) text += `<p>Paragraph ${i} of ${name}: ${(i * 7919) % 104729}</p>\n`;
  writeFileSync(path, text.slice(0, size));
  return path;
}

describe('CompressedCache', () => {
  it('makes brotli and gzip copies that decompress to the file', async () => {
    const cache = new CompressedCache(1024 * 1024);
    const path = page('a.html', 20_000);
    const br = await cache.get(path, 'v1', 'br');
    const gz = await cache.get(path, 'v1', 'gzip');
    expect(brotliDecompressSync(br).toString()).toHaveLength(20_000);
    expect(gunzipSync(gz).toString()).toHaveLength(20_000);
    expect(br.length).toBeLessThan(20_000 / 2);
    // Each copy holds memory of its own size only, not a view of a larger buffer it would keep alive.
    expect(br.buffer.byteLength).toBe(br.length);
    expect(gz.buffer.byteLength).toBe(gz.length);
  });

  it('shares one copy between requests that ask at once, and keeps it for later ones', async () => {
    const cache = new CompressedCache(1024 * 1024);
    const path = page('b.html', 10_000);
    const [first, second] = await Promise.all([cache.get(path, 'v1', 'br'), cache.get(path, 'v1', 'br')]);
    expect(second).toBe(first);
    expect(await cache.get(path, 'v1', 'br')).toBe(first);
  });

  it('makes a new copy when the file changed (a new version)', async () => {
    const cache = new CompressedCache(1024 * 1024);
    const path = page('c.html', 5_000);
    const before = await cache.get(path, 'v1', 'gzip');
    writeFileSync(path, 'changed '.repeat(1_000));
    const after = await cache.get(path, 'v2', 'gzip');
    expect(gunzipSync(after).toString()).toMatch(/^changed /);
    expect(gunzipSync(before).toString()).not.toMatch(/^changed /);
  });

  it('stays within its budget by dropping the least recently used copies', async () => {
    const paths = Array.from({ length: 20 }, (_, i) => page(`many-${i}.html`, 30_000));
    const one = (await new CompressedCache(1 << 30).get(paths[0]!, 'v', 'gzip')).length;
    const cache = new CompressedCache(one * 5);
    const kept = await cache.get(paths[0]!, 'v', 'gzip');
    const made: Buffer[] = [];
    for (const path of paths.slice(1)) {
      made.push(await cache.get(path, 'v', 'gzip'));
      // Reading the first page again keeps it the most recently used.
      expect(await cache.get(paths[0]!, 'v', 'gzip')).toBe(kept);
      expect(cache.bytes).toBeLessThanOrEqual(one * 5 + 1_000);
    }
    // The newest copy is still held; an early one was dropped and is made again.
    expect(await cache.get(paths.at(-1)!, 'v', 'gzip')).toBe(made.at(-1));
    expect(await cache.get(paths[1]!, 'v', 'gzip')).not.toBe(made[0]);
  });

  it('does not keep a failure: a missing file fails each time it is asked for', async () => {
    const cache = new CompressedCache(1024 * 1024);
    const missing = join(dir, 'missing.html');
    await expect(cache.get(missing, 'v1', 'br')).rejects.toThrow(/ENOENT/);
    expect(cache.bytes).toBe(0);
    writeFileSync(missing, 'now here '.repeat(500));
    expect(brotliDecompressSync(await cache.get(missing, 'v1', 'br')).toString()).toMatch(/^now here/);
  });
});
