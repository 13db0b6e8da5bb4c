import { describe, expect, it } from 'vitest';
import { isMiss, runSearch } from '../../../src/lib/search/engine.ts';
import { buildSearchIndex, type GuideForSearch } from '../../../src/lib/search/guide-document.ts';
import { indexFiles, indexReader } from '../../../src/lib/search/index-files.ts';
import { createPageSearch } from '../../../src/lib/search/page-search.ts';

function guide(slug: string, title: string, extra: Partial<GuideForSearch> = {}): GuideForSearch {
  return {
    slug,
    title,
    description: `${title}.`,
    category: 'account',
    tags: ['session'],
    errorCodes: [],
    related: [],
    ...extra,
  };
}

const guides = [
  guide('expired', 'Fixing Session Expired Errors', { errorCodes: ['SESSION_EXPIRED'], category: 'troubleshooting' }),
  guide('keys', 'Creating API Keys', { tags: ['api-keys'], category: 'api' }),
  guide('audit', 'Reading Audit Logs', { tags: ['logs'], category: 'api' }),
  guide('devices', 'Signing Out of Every Device', { category: 'account' }),
];
const bodies = new Map([
  ['expired', 'Your session expired after an hour. Sign in again with your email and password.'],
  ['keys', 'Create an API key in the app. Keys do not expire. Rotate a key by creating a new one.'],
  ['audit', 'The logs list every request. Export logs is not possible; read them in the app.'],
  ['devices', 'To sign out everywhere, open each browser and sign out of the session there.'],
]);
const english = ['logic', 'expect', 'logged', 'export', 'singed'];
const index = buildSearchIndex(guides, bodies, new Map([['SESSION_EXPIRED', 'expired']]), english);
const { reader } = createPageSearch(index);
const search = (query: string, extra: { exact?: boolean; category?: string; tags?: string[] } = {}) =>
  runSearch({ query, exact: extra.exact, filters: { category: extra.category, tags: extra.tags ?? [] } }, reader);
const first = async (query: string) => (await search(query)).hits[0]?.url;

describe('runSearch', () => {
  it.each([
    ['how do I create an api key', '/guides/keys/'],
    ['SESSION_EXPIRED', '/guides/expired/'],
    ['{"error":"SESSION_EXPIRED"}', '/guides/expired/'],
    ['logout of every device', '/guides/devices/'],
    ['audit logs', '/guides/audit/'],
  ])('%j answers with %s first', async (query, url) => {
    expect(await first(query)).toBe(url);
  });

  it.each([
    ['sesion expired', 'session expired'],
    ['api kye', 'api key'],
    ['Rotatte keys', 'rotate keys'],
  ])('%j is corrected to %j, and says so', async (query, searched) => {
    const answer = await search(query);
    expect(answer).toMatchObject({ corrected: true, searched });
    expect(answer.total).toBeGreaterThan(0);
  });

  it.each([
    ['logic', 'a real word the site lacks is not turned into "login" or "logs"'],
    ['expect', 'a real word is not turned into "export"'],
    ['export', 'a real word the site uses is searched as it is'],
    ['logged', 'a real word is not stemmed or corrected into "logs"'],
  ])('%j: %s', async (query) => {
    const answer = await search(query);
    expect(answer.corrected).toBe(false);
    expect(answer.searched).toBe(query);
  });

  it('"logged" never finds the audit logs guide', async () => {
    expect((await search('logged')).hits.map((hit) => hit.url)).not.toContain('/guides/audit/');
  });

  it('searches the words as typed when asked, without correcting them', async () => {
    expect(await search('sesion expird', { exact: true })).toMatchObject({ corrected: false, total: 0 });
  });

  it('a query that matches only one word of several finds nothing rather than guessing', async () => {
    const answer = await search('webhook retries after export');
    expect(answer.total).toBe(0);
    expect(isMiss(answer)).toBe(true);
  });

  it('a zero caused by the reader’s filter is not a miss', async () => {
    const answer = await search('api key', { category: 'troubleshooting' });
    expect(answer.total).toBe(0);
    expect(answer.unfilteredTotal).toBeGreaterThan(0);
    expect(isMiss(answer)).toBe(false);
  });

  it('filters narrow by category and tag; an empty query with a filter lists that filter', async () => {
    expect((await search('key', { category: 'api', tags: ['api-keys'] })).hits.map((h) => h.url)).toEqual([
      '/guides/keys/',
    ]);
    expect((await search('', { category: 'api' })).total).toBe(2);
    expect(await search('   ')).toMatchObject({ total: 0, hits: [] });
  });

  it('the last word may be unfinished: "sess" finds "session"', async () => {
    expect(await first('expired sess')).toBe('/guides/expired/');
  });

  it('excerpts mark the words searched, stems included', async () => {
    const [hit] = (await search('expire')).hits;
    expect(hit!.excerpt.filter((part) => part.marked).map((part) => part.text.toLowerCase())).toContain('expired');
  });

  it.each(['s', 'ab', 'api k', 'expired zz'])(
    '%j, ending in a word too short to correct, loads no spelling words',
    async (query) => {
      const loaded: string[] = [];
      const files = indexFiles(index);
      const counting = indexReader(async (path) => (loaded.push(path), files.get(path)));
      await runSearch({ query, filters: { tags: [] } }, counting);
      expect(loaded.filter((path) => /words\.json|english\//.test(path))).toEqual([]);
    },
  );

  it('a superseded search loads no hits', async () => {
    const loaded: string[] = [];
    const files = indexFiles(index);
    const counting = indexReader(async (path) => (loaded.push(path), files.get(path)));
    const answer = await runSearch({ query: 'session', filters: { tags: [] } }, counting, { superseded: () => true });
    expect(answer.hits).toEqual([]);
    expect(loaded.filter((path) => path.includes('/docs/'))).toEqual([]);
    expect((await runSearch({ query: 'session', filters: { tags: [] } }, counting)).hits.length).toBeGreaterThan(0);
  });
});
