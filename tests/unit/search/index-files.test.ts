import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/search/engine.ts';
import { indexFiles, indexFileTexts, indexReader } from '../../../src/lib/search/index-files.ts';
import {
  analyzeDocument,
  buildPostings,
  restoreAnalysis,
  storeAnalysis,
  type StoredAnalysis,
} from '../../../src/lib/search/search-index.ts';
import { packedSearchOf } from './pack.ts';
import { realGuideIndex } from './real-guides.ts';

const index = realGuideIndex();
const files = indexFiles(index);
const request = (query: string) => ({ query, filters: { tags: [] } });

function countingReader(keepFiles?: number) {
  const loads: string[] = [];
  const reader = indexReader(
    async (path) => {
      loads.push(path);
      return JSON.parse(JSON.stringify(files.get(path))) as unknown;
    },
    { keepFiles },
  );
  return { reader, loads };
}

describe('the index files', () => {
  it('give back every term’s postings exactly as the index scored them', async () => {
    const { reader } = countingReader();
    for (const [term, postings] of Object.entries(index.postings)) {
      expect(await reader.postings(term), term).toEqual(postings);
    }
  });

  it.each(['SESSION_EXPIRED', 'NO_SUCH_CODE'])('give error code %s’s guides only when asked', async (code) => {
    const { reader } = countingReader();
    expect(await reader.codeGuides(code)).toEqual(index.codes[code] ?? []);
    expect(await reader.codes()).toEqual(Object.keys(index.codes));
  });

  it('a reader keeping few files answers as one keeping all, reading again what it let go', async () => {
    const all = countingReader();
    const few = countingReader(3);
    for (const query of ['session expired', 'api key', 'sesion expird', 'logout', 'session expired']) {
      expect(await runSearch(request(query), few.reader)).toEqual(await runSearch(request(query), all.reader));
    }
    expect(new Set(all.loads).size).toBe(all.loads.length);
    expect(few.loads.length).toBeGreaterThan(new Set(few.loads).size);
  });
});

describe('the page server’s pack', () => {
  it('reads only the files a query needs, and answers as the browser’s files do', async () => {
    const packed = packedSearchOf(index);
    const browser = countingReader();
    const answer = await runSearch(request('session expired'), packed.reader);
    expect(answer).toEqual(await runSearch(request('session expired'), browser.reader));
    expect(answer.hits.length).toBeGreaterThan(0);
    expect(packed.reads.length).toBeLessThan(files.size / 2);
    expect(packed.reads.filter((path) => path.includes('/docs/'))).toHaveLength(answer.hits.length);
  });
});

describe('the files as the build writes them', () => {
  it('hold, as JSON text, exactly the files the reader reads', () => {
    const texts = indexFileTexts(index);
    expect([...texts.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of texts) expect(JSON.parse(text), path).toEqual(files.get(path));
  });
});

describe('a document’s analysis kept between builds', () => {
  it('comes back as it was, so an index made from kept analyses is the same index', () => {
    const kept = index.documents.map((document) => JSON.stringify(storeAnalysis(analyzeDocument(document))));
    const restored = kept.map((text) => restoreAnalysis(JSON.parse(text) as StoredAnalysis));
    expect(restored).toEqual(index.documents.map(analyzeDocument));
    expect(buildPostings(index.documents, restored)).toEqual(index.postings);
  });
});
