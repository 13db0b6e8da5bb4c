import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../src/integrations/search-index.ts';
import { indexFileTexts, SEARCH_DIRECTORY } from '../../../src/lib/search/index-files.ts';
import { PAGE_SEARCH_FILE, packHead } from '../../../src/lib/search/page-search.ts';
import type { SearchIndex } from '../../../src/lib/search/search-index.ts';
import { realGuideIndex } from './real-guides.ts';

const index = realGuideIndex();
let dist: string | undefined;
afterEach(() => dist && rmSync(dist, { recursive: true, force: true }));

function clientDir(): string {
  dist = mkdtempSync(join(tmpdir(), 'help-center-search-'));
  mkdirSync(join(dist, 'client'));
  return join(dist, 'client');
}

/** Every file under the search directory with its text, and every directory there. */
function written(client: string) {
  const root = join(client, SEARCH_DIRECTORY);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return {
    files: new Map(
      entries
        .filter((entry) => entry.isFile())
        .map((entry) => [
          relative(root, join(entry.parentPath, entry.name)),
          readFileSync(join(entry.parentPath, entry.name), 'utf8'),
        ]),
    ),
    directories: entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .sort(),
  };
}

/** The index after one guide's text changed. */
function edited(): SearchIndex {
  const documents = index.documents.map((document, i) =>
    i === 0 ? { ...document, text: `${document.text} Reload the page.` } : document,
  );
  return { ...index, documents };
}

describe('writing the search index', () => {
  it('writes every file of the index and packs the same bytes for the server', () => {
    const client = clientDir();
    const { files, written: count } = writeSearchIndex(client, index);
    const expected = indexFileTexts(index);
    expect(files).toBe(expected.size);
    expect(count).toBe(expected.size);
    expect(written(client).files).toEqual(expected);
    const pack = readFileSync(join(client, '..', PAGE_SEARCH_FILE));
    const head = packHead(pack)!;
    for (const [path, text] of expected) {
      const [start, length] = head.table[path]!;
      const at = head.filesStart + start;
      expect(pack.subarray(at, at + length).toString('utf8'), path).toBe(text);
    }
    // Until the table's whole line is there, there is no table to read.
    expect(packHead(pack.subarray(0, pack.indexOf(10)))).toBeUndefined();
  });

  it('after an edit leaves exactly the new index, writing only the files that changed', () => {
    const client = clientDir();
    writeSearchIndex(client, index);
    const before = indexFileTexts(index);
    const { written: count } = writeSearchIndex(client, edited());
    const after = indexFileTexts(edited());
    expect(written(client).files).toEqual(after);
    // The old version's directory is gone, not left empty beside the new one.
    const version = (texts: Map<string, string>) =>
      (JSON.parse(texts.get('manifest.json')!) as { version: string }).version;
    expect(written(client).directories.filter((dir) => !dir.includes('/'))).toEqual([version(after)]);
    const unchanged = [...after].filter(([path, text]) => {
      const old = before.get(path.replace(version(after), version(before)));
      return old === text;
    }).length;
    expect(count).toBe(after.size - unchanged);
    expect(count).toBeLessThan(after.size / 2);
  });

  it('writes every file again when the search directory was emptied since', () => {
    const client = clientDir();
    writeSearchIndex(client, index);
    rmSync(join(client, SEARCH_DIRECTORY), { recursive: true });
    rmSync(join(client, '..', PAGE_SEARCH_FILE));
    writeSearchIndex(client, edited());
    expect(written(client).files).toEqual(indexFileTexts(edited()));
    expect(statSync(join(client, '..', PAGE_SEARCH_FILE)).size).toBeGreaterThan(0);
  });
});
