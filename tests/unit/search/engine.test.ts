import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/document.ts';
import { runSearch, type SearchBackend } from '../../../src/lib/search/engine.ts';
import { textBackend, textExcerpt } from '../../../src/lib/search/text-backend.ts';
import { createCorrector } from '../../../src/lib/search/typo.ts';
import { buildVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { documentTexts } from '../../../src/lib/search/document.ts';

function doc(slug: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    url: `/guides/${slug}/`,
    title: slug,
    description: '',
    category: 'troubleshooting',
    tags: [],
    tagLabels: [],
    codes: [],
    text: '',
    ...fields,
  };
}

const documents = [
  doc('loops', {
    title: 'Fixing Sign-In Loops',
    text: 'A loop happens when the session expired cookie is blocked. Session problems session session.',
    tags: ['cookies', 'session'],
    codes: ['SESSION_EXPIRED'],
  }),
  doc('fixing', {
    title: 'Fixing Session Expired Errors',
    description: 'Why sessions expire.',
    text: 'Your session expired because the token is old.',
    tags: ['session'],
    codes: ['SESSION_EXPIRED'],
  }),
  doc('keys', {
    title: 'Creating API Keys',
    category: 'api-and-integrations',
    text: 'Create a key in settings. Revoked keys stop working.',
    tags: ['api-keys'],
    codes: ['INVALID_API_KEY'],
  }),
];
const backend = textBackend(documents);
const corrector = async () => createCorrector(buildVocabulary(documents.flatMap(documentTexts)));
const search = (query: string, extra: Partial<Parameters<typeof runSearch>[0]> = {}) =>
  runSearch({ query, filters: { tags: [] }, ...extra }, backend, corrector);

describe('runSearch over the page server backend', () => {
  it.each([
    ['SESSION_EXPIRED', '/guides/fixing/'],
    ['session_expired', '/guides/fixing/'],
    ['session expired', '/guides/fixing/'],
    ['sessionexpired', '/guides/fixing/'],
    ['fixing session expired errors', '/guides/fixing/'],
    ['invalid api key', '/guides/keys/'],
  ])('%j puts %s first', async (query, first) => {
    expect((await search(query)).hits[0]?.url).toBe(first);
  });

  it('corrects a typo that finds nothing and says so', async () => {
    const answer = await search('sesion expird');
    expect(answer).toMatchObject({ query: 'sesion expird', searched: 'session expired', corrected: true });
    expect(answer.hits[0]?.url).toBe('/guides/fixing/');
  });

  it('searches the query as typed when asked to', async () => {
    const answer = await search('sesion expird', { exact: true });
    expect(answer).toMatchObject({ searched: 'sesion expird', corrected: false, total: 0 });
  });

  it('narrows by category and by tags', async () => {
    const answer = await search('key', { filters: { category: 'api-and-integrations', tags: ['api-keys'] } });
    expect(answer.hits.map((h) => h.url)).toEqual(['/guides/keys/']);
    expect((await search('session', { filters: { tags: ['cookies'] } })).hits.map((h) => h.url)).toEqual([
      '/guides/loops/',
    ]);
  });

  it('answers an empty query with nothing, without searching', async () => {
    let asked = false;
    const spy: SearchBackend = {
      search: async (...args) => {
        asked = true;
        return backend.search(...args);
      },
    };
    const answer = await runSearch({ query: '   ', filters: { tags: [] } }, spy, corrector);
    expect(answer.total).toBe(0);
    expect(asked).toBe(false);
  });

  it('lists a filter’s guides when there is no query', async () => {
    const answer = await search('', { filters: { category: 'api-and-integrations', tags: [] } });
    expect(answer.hits.map((h) => h.url)).toEqual(['/guides/keys/']);
  });
});

describe('runSearch and an index that forgives slips by dropping words', () => {
  // Like Pagefind: the whole query finds guides through its known words, the unknown one alone finds nothing.
  function forgivingIndex(asked: string[]): SearchBackend {
    return {
      search: async (query) => {
        asked.push(query);
        return { total: query === 'sesion' ? 0 : 5, load: async () => [] };
      },
    };
  }
  const siteWords = async () => createCorrector(['session', 'expired', 'key']);

  it('corrects the dropped word, asking the index only about that word', async () => {
    const asked: string[] = [];
    const answer = await runSearch(
      { query: 'sesion expired', filters: { tags: [] } },
      forgivingIndex(asked),
      siteWords,
    );
    expect(answer).toMatchObject({ searched: 'session expired', corrected: true, total: 5 });
    expect(asked).toEqual(['sesion expired', 'sesion', 'session expired']);
  });

  it('searches a query of known words once', async () => {
    const asked: string[] = [];
    const answer = await runSearch({ query: 'session key', filters: { tags: [] } }, forgivingIndex(asked), siteWords);
    expect(answer.corrected).toBe(false);
    expect(asked).toEqual(['session key']);
  });
});

describe('textExcerpt', () => {
  it('starts shortly before the first match and marks matched words', () => {
    const parts = textExcerpt('One two three four. Your session expired today.', ['session']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['session']);
    expect(parts.map((p) => p.text).join('')).toContain('Your session expired today.');
  });
});

describe('runSearch when the reader has typed on', () => {
  it('loads no hits for an answer that is already superseded', async () => {
    let loaded = false;
    const index: SearchBackend = {
      search: async () => ({
        total: 4,
        load: async () => {
          loaded = true;
          return [];
        },
      }),
    };
    const answer = await runSearch({ query: 'key', filters: { tags: [] } }, index, corrector, {
      superseded: () => true,
    });
    expect(answer.hits).toEqual([]);
    expect(loaded).toBe(false);
  });
});
