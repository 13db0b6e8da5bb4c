import { expect, test } from '@playwright/test';
import { freshVisitor } from './support/tally.ts';

test('a tag chip leads to every guide with that tag', async ({ page }) => {
  await page.goto('/guides/fixing-session-expired-errors/');
  await page.getByRole('list', { name: 'Tags', exact: true }).getByRole('link', { name: 'JWT' }).click();
  await expect(page).toHaveURL(/\/tags\/jwt\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides tagged “JWT”');
  await expect(page.getByRole('link', { name: 'Fixing Session Expired Errors' })).toBeVisible();
});

test('the tags index counts guides per tag and links to each tag', async ({ page }) => {
  await page.goto('/tags/');
  const session = page.getByRole('link', { name: /^session \d+ guides$/ });
  const count = Number((await session.innerText()).match(/\d+/)![0]);
  await session.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides tagged “session”');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(count);
});

test('a category link in the header lists the category’s guides with read times', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Categories' });
  await nav.getByRole('link', { name: 'Troubleshooting' }).click();
  await expect(page).toHaveURL(/\/categories\/troubleshooting\/$/);
  await expect(nav.getByRole('link', { name: 'Troubleshooting' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshooting');
  const guide = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Fixing Session Expired Errors' }) });
  await expect(guide).toContainText('3 min read');
  await expect(guide).toContainText('Why sessions expire in Trust Leads');
  // Within the category, its link marks the current section, not this page.
  await guide.getByRole('link', { name: 'Fixing Session Expired Errors' }).click();
  await expect(page).toHaveURL(/\/guides\/fixing-session-expired-errors\/$/);
  await expect(nav.getByRole('link', { name: 'Troubleshooting' })).toHaveAttribute('aria-current', 'true');
});

test('the home page counts the guides of every category', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?');
  const counts = await page.locator('.category-card .count').allInnerTexts();
  expect(counts.length).toBeGreaterThanOrEqual(4);
  const total = counts.reduce((sum, text) => sum + Number(text.match(/\d+/)![0]), 0);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(total).toBe(sitemap.match(/\/guides\/[a-z0-9-]+\//g)!.length);
});

test('the error code reference explains each code and links to the guides that fix it', async ({ page }) => {
  await page.goto('/guides/fixing-session-expired-errors/');
  await page.getByRole('link', { name: 'SESSION_EXPIRED', exact: true }).click();
  await expect(page).toHaveURL(/\/errors\/#SESSION_EXPIRED$/);
  const entry = page.getByRole('region', { name: 'SESSION_EXPIRED' });
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading', { level: 2 })).toContainText('SESSION_EXPIRED');
  await expect(entry).toContainText('HTTP 401 Unauthorized');
  await expect(entry.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(entry.getByRole('link', { name: '/app/api-keys' })).toHaveAttribute(
    'href',
    'https://trustleads.ai/app/api-keys',
  );
  await expect(entry.locator('pre')).toContainText('401');
  await entry.getByRole('link', { name: 'Fixing Session Expired Errors' }).click();
  await expect(page).toHaveURL(/\/guides\/fixing-session-expired-errors\/$/);
});

test('guide pages describe themselves to link previews', async ({ page }) => {
  await page.goto('/guides/fixing-session-expired-errors/');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe('Fixing Session Expired Errors');
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:url"]')).toMatch(/^https?:\/\/.+\/guides\/fixing-session-expired-errors\/$/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect(await meta('meta[name="description"]')).toContain('Why sessions expire');
});

test('the sitemap, RSS feed and robots.txt are served', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('xml');
  expect(await sitemap.text()).toContain('/guides/fixing-session-expired-errors/</loc><lastmod>2026-11-20</lastmod>');
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain('<title>Fixing Session Expired Errors</title>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('an unknown address answers 404 with a page that helps readers on', async ({ page }) => {
  const response = await page.goto('/guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await page.getByRole('main').getByRole('link', { name: 'Troubleshooting' }).click();
  await expect(page).toHaveURL(/\/categories\/troubleshooting\/$/);
});

test.describe('popular guides on the home page', () => {
  test('without enough votes, the guides other guides recommend, in full rows', async ({ page }) => {
    await page.route('/api/most-helpful', (route) => route.fulfill({ json: { guides: [] } }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const section = page.getByRole('region', { name: 'Popular guides' });
    await expect(section.getByRole('listitem')).toHaveCount(6);
    await expect(section.getByRole('link', { name: 'Fixing Session Expired Errors' })).toBeVisible();
  });

  test('with enough votes, the guides readers found most helpful, with their counts', async ({ page, request }) => {
    const winners = [
      'fixing-session-expired-errors',
      'signing-in-and-out-across-devices',
      'moving-server-side-code-from-jwts-to-api-keys',
      'fixing-sign-in-loops-and-cookie-problems',
    ];
    for (const guide of winners) {
      for (let i = 0; i < 12; i += 1) {
        const response = await request.post('/api/feedback', { data: { guide, vote: 'up', visitor: freshVisitor() } });
        expect(response.ok()).toBe(true);
      }
    }
    const api = await request.get('/api/most-helpful');
    expect(api.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    expect(((await api.json()).guides as unknown[]).length % 2).toBe(0);

    await page.goto('/');
    const section = page.getByRole('region', { name: 'Most helpful guides' });
    await expect(section.getByRole('listitem').first()).toContainText(/Helpful to \d+ of \d+ readers/);
    for (const card of await section.getByRole('link').all()) {
      await expect(card).toHaveAttribute('href', /^\/guides\/[a-z0-9-]+\/$/);
    }
    expect((await section.getByRole('listitem').count()) % 2).toBe(0);
  });

  test('the 404 page offers the same popular guides', async ({ page }) => {
    await page.route('/api/most-helpful', (route) => route.fulfill({ json: { guides: [] } }));
    await page.goto('/no-such-page/');
    await expect(page.getByRole('region', { name: 'Popular guides' }).getByRole('listitem')).toHaveCount(4);
  });
});

test('a page’s address without its final slash leads to the page, one address per page', async ({ page, request }) => {
  for (const [asked, address] of [
    ['/guides/staying-signed-in', '/guides/staying-signed-in/'],
    ['/categories/troubleshooting?from=mail', '/categories/troubleshooting/?from=mail'],
    ['/tags', '/tags/'],
  ]) {
    const answer = await request.get(asked!, { maxRedirects: 0 });
    expect(answer.status(), asked).toBe(301);
    expect(answer.headers()['location'], asked).toBe(address);
  }
  await page.goto('/guides/staying-signed-in');
  await expect(page).toHaveURL(/\/guides\/staying-signed-in\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying Signed In: How Sessions Work');
  // A file is never taken for a directory, and a path that is neither still finds nothing.
  expect((await request.get('/rss.xml/', { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get('/guides/no-such-guide', { maxRedirects: 0 })).status()).toBe(404);
});
