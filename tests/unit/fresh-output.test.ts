import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleFiles } from '../../src/integrations/fresh-output.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (relative paths) into a fresh directory, each last written at `at` (s since epoch). */
function output(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'fresh-output-'));
  for (const [file, at] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file);
    utimesSync(path, at, at);
  }
  return dir;
}

const BUILD_STARTED = 2_000_000_000;
const BEFORE = BUILD_STARTED - 60;
const DURING = BUILD_STARTED + 5;

describe('removeStaleFiles', () => {
  it('removes what the last build left and this one did not write or keep, and empty directories', () => {
    const out = output({
      'client/guides/kept/index.html': BEFORE,
      'client/guides/rewritten/index.html': DURING,
      'client/guides/deleted/index.html': BEFORE,
      'client/_astro/old.js': BEFORE,
      'client/_astro/new.js': DURING,
      'server/chunks/old.mjs': BEFORE,
    });
    const removed = removeStaleFiles(out, BUILD_STARTED * 1000, new Set([join(out, 'client/guides/kept/index.html')]));
    expect(removed).toBe(3);
    expect(existsSync(join(out, 'client/guides/kept/index.html'))).toBe(true);
    expect(existsSync(join(out, 'client/guides/rewritten/index.html'))).toBe(true);
    expect(existsSync(join(out, 'client/_astro/new.js'))).toBe(true);
    expect(existsSync(join(out, 'client/guides/deleted'))).toBe(false);
    expect(existsSync(join(out, 'client/_astro/old.js'))).toBe(false);
    expect(existsSync(join(out, 'server'))).toBe(false);
  });

  it('leaves a kept directory whole, however old its files', () => {
    const out = output({ 'client/search/v1/terms/0.json': BEFORE, 'client/old.html': BEFORE });
    expect(removeStaleFiles(out, BUILD_STARTED * 1000, new Set([join(out, 'client/search')]))).toBe(1);
    expect(existsSync(join(out, 'client/search/v1/terms/0.json'))).toBe(true);
    expect(existsSync(join(out, 'client/old.html'))).toBe(false);
  });

  it('removes nothing after a build that wrote everything', () => {
    const out = output({ 'client/index.html': DURING, 'client/a/index.html': DURING });
    expect(removeStaleFiles(out, BUILD_STARTED * 1000, new Set())).toBe(0);
    expect(existsSync(join(out, 'client/a/index.html'))).toBe(true);
  });
});
