import { describe, expect, it } from 'vitest';
import { runSearch, type SearchAnswer } from '../../../src/lib/search/engine.ts';
import { indexFiles, indexReader } from '../../../src/lib/search/index-files.ts';
import { packedSearchOf } from './pack.ts';
import { realGuideIndex } from './real-guides.ts';
import { RELEVANCE_CASES } from './relevance-cases.ts';

const index = realGuideIndex();
/** The page server's reader: the build's pack of the index files, read as queries need them. */
const server = packedSearchOf(index).reader;
/** The browser's reader: the same files, each as it travels (JSON text), fetched on demand. */
const files = new Map([...indexFiles(index)].map(([path, content]) => [path, JSON.stringify(content)]));
const browser = indexReader(async (path) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`404 ${path}`);
  return JSON.parse(text) as unknown;
});

const slugs = (answer: SearchAnswer) => answer.hits.map((hit) => hit.url.split('/')[2]!);
const answered = (answer: SearchAnswer, wanted: readonly string[]) =>
  wanted.length === 0
    ? answer.total === 0
    : slugs(answer)
        .slice(0, 3)
        .some((slug) => wanted.includes(slug));

describe(`relevance over the real guides: ${RELEVANCE_CASES.length} realistic queries`, async () => {
  const runs = await Promise.all(
    RELEVANCE_CASES.map(async ([kind, query, wanted]) => {
      const request = { query, filters: { tags: [] } };
      const [page, dialog] = await Promise.all([runSearch(request, server), runSearch(request, browser)]);
      return { kind, query, wanted, page, dialog };
    }),
  );

  it('at least 90% find a right guide in the first three results, on the page and in the dialog', () => {
    const misses = runs.filter((run) => !answered(run.page, run.wanted)).map((run) => run.query);
    expect(misses.length, `missed: ${misses.join(' | ')}`).toBeLessThanOrEqual(Math.floor(runs.length * 0.1));
    expect(runs.filter((run) => answered(run.dialog, run.wanted))).toHaveLength(runs.length - misses.length);
  });

  it('the page and the dialog give the same results in the same order for every query', () => {
    for (const run of runs) expect(slugs(run.dialog), run.query).toEqual(slugs(run.page));
  });

  const pastedWithOneAnswer = RELEVANCE_CASES.filter(([kind, , wanted]) => kind === 'pasted' && wanted.length === 1);
  it.each(pastedWithOneAnswer.map(([, query, wanted]) => [query, wanted[0]!]))(
    'a pasted message puts the guide that explains it first: %j → %s',
    async (query, slug) => {
      expect(slugs(await runSearch({ query, filters: { tags: [] } }, server))[0]).toBe(slug);
    },
  );

  it('most nothing-to-find queries say so', () => {
    const nothing = runs.filter((run) => run.kind === 'nothing');
    expect(nothing.filter((run) => run.page.total === 0).length).toBeGreaterThanOrEqual(nothing.length - 1);
  });
});
