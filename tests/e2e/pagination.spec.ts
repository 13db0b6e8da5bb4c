// Long listings come in pages. The site's own guides fit on one page, so this builds a copy whose
// tag "paging" holds 120 guides (pages of 50, 50 and 20) and serves its files.
import { expect, test, type Page } from '@playwright/test';
import { LISTED_GUIDES, listedTitle, startListingSite, type ListingSite } from './support/listing-site.ts';
import { axeOn } from './support/axe.ts';

// One build for the whole file: its tests share it, one after another.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let fixture: ListingSite;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  fixture = await startListingSite();
});
test.afterAll(async () => {
  await fixture?.close();
});

const at = (path: string) => `${fixture.url}${path}`;
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages of Guides tagged “paging”' });
const guideLinks = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');

test('page 1 is the tag’s own address: 50 guides, the total, a next link but no previous', async ({ page }) => {
  await page.goto(at('/tags/paging/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides tagged “paging”');
  await expect(page).toHaveTitle('Guides tagged “paging” · Trust Leads Help Center');
  await expect(page.getByText(`${LISTED_GUIDES} guides · 1 to 50 on this page`)).toBeVisible();
  await expect(guideLinks(page)).toHaveCount(50);
  await expect(guideLinks(page).first()).toHaveText(listedTitle(1));
  await expect(pages(page).getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await expect(pages(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await expect(pages(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/tags/paging/');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\/tags\/paging\/2\/$/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/tags\/paging\/$/);
});

test('next, a numbered link and previous walk the pages; the last one is partial', async ({ page }) => {
  await page.goto(at('/tags/paging/'));
  await pages(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/tags\/paging\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides tagged “paging”, page 2 of 3');
  await expect(page).toHaveTitle('Guides tagged “paging”, page 2 of 3 · Trust Leads Help Center');
  await expect(page.getByText(`${LISTED_GUIDES} guides · 51 to 100 on this page`)).toBeVisible();
  await expect(guideLinks(page)).toHaveCount(50);
  await expect(guideLinks(page).first()).toHaveText(listedTitle(51));
  await expect(pages(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', /\/tags\/paging\/$/);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\/tags\/paging\/3\/$/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/tags\/paging\/2\/$/);

  await pages(page).getByRole('link', { name: 'Page 3' }).click();
  await expect(page).toHaveURL(/\/tags\/paging\/3\/$/);
  await expect(guideLinks(page)).toHaveCount(LISTED_GUIDES - 100);
  await expect(guideLinks(page).last()).toHaveText(listedTitle(LISTED_GUIDES));
  await expect(pages(page).getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);

  await pages(page).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/tags\/paging\/2\/$/);
  await pages(page).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/tags\/paging\/$/);
  await expect(guideLinks(page).first()).toHaveText(listedTitle(1));
});

test('the breadcrumbs of a later page lead back to the listing’s first page', async ({ page }) => {
  await page.goto(at('/tags/paging/3/'));
  await page
    .getByRole('navigation', { name: 'Breadcrumbs' })
    .getByRole('link', { name: 'Guides tagged “paging”' })
    .click();
  await expect(page).toHaveURL(/\/tags\/paging\/$/);
});

test('a category pages the same way', async ({ page }) => {
  await page.goto(at('/categories/troubleshooting/2/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Troubleshooting, page 2 of \d+$/);
  const nav = page.getByRole('navigation', { name: 'Pages of Troubleshooting' });
  await expect(nav.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(guideLinks(page)).toHaveCount(50);
  await expect(page.getByText(/^[\d,]+ guides · 51 to 100 on this page$/)).toBeVisible();
});

test('there is no "/1/" copy of the first page and no page beyond the last', async ({ page }) => {
  for (const path of ['/tags/paging/1/', '/tags/paging/4/', '/tags/paging/0/', '/categories/troubleshooting/1/']) {
    const response = await page.goto(at(path));
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  }
});

test('the sitemap lists every page of a listing once', async ({ request }) => {
  const sitemap = await (await request.get(at('/sitemap.xml'))).text();
  const listed = [...sitemap.matchAll(/<loc>[^<]*(\/tags\/paging\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(listed).toEqual(['/tags/paging/', '/tags/paging/2/', '/tags/paging/3/']);
});

test('a page of a listing passes axe’s WCAG A/AA rules in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(at('/tags/paging/2/'));
    const { violations } = await axeOn(page)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(
      violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
