// What browsers and CDNs may keep, and for how long: hashed files for a year, pages and unhashed
// files revalidated with ETags (weak and listed If-None-Match included), on-demand answers never.
import { expect, test } from '@playwright/test';
import { rawGet } from '../support/raw-get.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test('hashed build assets and the search index files are immutable for a year', async ({ baseURL, page }) => {
  await page.goto('/guides/fixing-session-expired-errors/');
  const assets = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
        'link[href^="/_astro/"], script[src^="/_astro/"]',
      ),
    ].map((el) => el.getAttribute('href') ?? el.getAttribute('src')),
  );
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    for (const encoding of ['', 'br']) {
      const answer = await rawGet(`${baseURL}${asset}`, encoding ? { 'Accept-Encoding': encoding } : {});
      expect(answer.status, asset!).toBe(200);
      expect(answer.headers['cache-control'], asset!).toBe(IMMUTABLE);
    }
  }
  // The search manifest names this build's index version; the files under it are immutable.
  const manifest = await rawGet(`${baseURL}/search/manifest.json`, {});
  expect(manifest.headers['cache-control']).toBe('no-cache');
  const { version } = JSON.parse(manifest.body.toString()) as { version: string };
  const words = await rawGet(`${baseURL}/search/${version}/words.json`, { 'Accept-Encoding': 'br' });
  expect(words.status).toBe(200);
  expect(words.headers['cache-control']).toBe(IMMUTABLE);
  const indexFiles: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes(`/search/${version}/`)) indexFiles.push(response.headers()['cache-control'] ?? '');
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Search the help center' }).click();
  await page.getByRole('combobox', { name: 'Search the help center' }).fill('session expired');
  await expect.poll(() => indexFiles.length).toBeGreaterThan(0);
  expect(new Set(indexFiles)).toEqual(new Set([IMMUTABLE]));
});

for (const path of [
  '/',
  '/guides/fixing-session-expired-errors/',
  '/sitemap.xml',
  '/rss.xml',
  '/search/manifest.json',
  '/robots.txt',
]) {
  test(`${path} revalidates: no-cache with an ETag, 304 for weak and listed If-None-Match`, async ({ baseURL }) => {
    for (const encoding of ['', 'gzip', 'br']) {
      const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
      const first = await rawGet(`${baseURL}${path}`, headers);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers['etag']);
      expect(etag).toMatch(/^"[^"]+"$/);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`, `"a",W/${etag} , "b"`, '*']) {
        const again = await rawGet(`${baseURL}${path}`, { ...headers, 'If-None-Match': ifNoneMatch });
        expect(again.status, ifNoneMatch).toBe(304);
        expect(again.body.length).toBe(0);
      }
      expect((await rawGet(`${baseURL}${path}`, { ...headers, 'If-None-Match': '"stale", W/"other"' })).status).toBe(
        200,
      );
    }
  });
}

for (const [path, method] of [
  ['/search/?q=session', 'GET'],
  ['/admin/', 'GET'],
  ['/api/feedback/summary', 'GET'],
] as const) {
  test(`${path} is never cached`, async ({ baseURL }) => {
    const answer = await rawGet(`${baseURL}${path}`, {}, method);
    expect(answer.headers['cache-control']).toMatch(/no-store|private/);
  });
}

test('a vote and its errors are never cached', async ({ request }) => {
  const refused = await request.post('/api/feedback', { data: { guide: 'no-such-guide', vote: 'up' } });
  expect(refused.status()).toBe(404);
  expect(refused.headers()['cache-control']).toBe('no-store');
});
