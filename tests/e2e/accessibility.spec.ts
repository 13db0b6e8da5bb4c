import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation on any page in the sitemap, ${colorScheme} theme`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length).toBeGreaterThan(20);
    paths.push('/no-such-page/', '/search/?q=session', '/search/?q=qxzjvkwqxz');

    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of violations) {
        const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 3);
        failures.push(`${path}: ${violation.id} (${violation.help}) at ${targets.join(', ')}`);
      }
    }
    await context.close();
    expect(failures).toEqual([]);
  });
}
