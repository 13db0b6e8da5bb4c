import { expect, test } from '@playwright/test';

test('every kind of response carries the security headers', async ({ page, request }) => {
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const paths = ['/', '/guides/fixing-session-expired-errors/', '/favicon.svg', '/rss.xml', '/sitemap.xml', '/nope/'];
  if (stylesheet) paths.push(stylesheet);
  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(
      csp.split(';').find((d) => d.trim().startsWith('script-src')),
      path,
    ).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('the policy blocks none of the site’s own scripts', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/guides/fixing-session-expired-errors/', '/tags/', '/no-such-page/', '/search/?q=key']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  }
  await page.goto('/guides/fixing-session-expired-errors/');
  await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
  // Search loads its code and index files on first use: they must pass the policy too.
  await page.getByRole('button', { name: 'Search the help center' }).click();
  await page.getByRole('combobox', { name: 'Search the help center' }).fill('api key');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(violations).toEqual([]);
});
