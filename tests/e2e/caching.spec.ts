// What browsers and CDNs may keep, and for how long: hashed files for a year, pages and unhashed
// files revalidated with ETags (weak and listed If-None-Match included), on-demand answers never.
import { expect, test } from '@playwright/test';
import { rawGet } from '../support/raw-get.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test('hashed build assets and Pagefind chunks are immutable for a year', async ({ baseURL, page }) => {
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
  // Pagefind's entry file names the hashed index of the current build; that index is immutable.
  const entry = await rawGet(`${baseURL}/pagefind/pagefind-entry.json`, {});
  expect(entry.headers['cache-control']).toBe('no-cache');
  const { languages } = JSON.parse(entry.body.toString()) as { languages: Record<string, { hash: string }> };
  for (const { hash } of Object.values(languages)) {
    const meta = await rawGet(`${baseURL}/pagefind/pagefind.${hash}.pf_meta`, { 'Accept-Encoding': 'br' });
    expect(meta.status).toBe(200);
    expect(meta.headers['cache-control']).toBe(IMMUTABLE);
  }
  const fragments: string[] = [];
  page.on('response', (response) => {
    if (/\/pagefind\/fragment\//.test(response.url())) fragments.push(response.headers()['cache-control'] ?? '');
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Search the help center' }).click();
  await page.getByRole('combobox', { name: 'Search the help center' }).fill('session expired');
  await expect.poll(() => fragments.length).toBeGreaterThan(0);
  expect(new Set(fragments)).toEqual(new Set([IMMUTABLE]));
});

for (const path of [
  '/',
  '/guides/fixing-session-expired-errors/',
  '/sitemap.xml',
  '/rss.xml',
  '/pagefind/pagefind.js',
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
