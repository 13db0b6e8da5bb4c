import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestHtmlPages } from '../../scripts/html-sizes.ts';

const dir = mkdtempSync(join(tmpdir(), 'html-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files: [string, number][] = [
  ['index.html', 300],
  ['tags/a/index.html', 900],
  ['tags/a/2/index.html', 500],
  ['tags/b/index.html', 500],
  // Not pages: compressed copies and other files are left out however large.
  ['tags/a/index.html.br', 5_000],
  ['search/chunk.json', 9_000],
];
for (const [path, bytes] of files) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), 'x'.repeat(bytes));
}

describe('largestHtmlPages', () => {
  it.each([
    [1, [['tags/a/index.html', 900]]],
    [
      3,
      [
        ['tags/a/index.html', 900],
        ['tags/a/2/index.html', 500],
        ['tags/b/index.html', 500],
      ],
    ],
    [
      10,
      [
        ['tags/a/index.html', 900],
        ['tags/a/2/index.html', 500],
        ['tags/b/index.html', 500],
        ['index.html', 300],
      ],
    ],
  ])('the %i largest, largest first, ties by path', (count, expected) => {
    expect(largestHtmlPages(dir, count).map(({ page, bytes }) => [page, bytes])).toEqual(expected);
  });
});
