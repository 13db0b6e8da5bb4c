import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './support/admin-token.ts';
import { tally } from './support/tally.ts';
import { axeOn } from './support/axe.ts';

// Each test votes on its own guide so parallel tests never see each other's votes.
const widget = (page: Page) => page.locator('#feedback');

async function openGuide(page: Page, slug: string) {
  await page.goto(`/guides/${slug}/`);
  await widget(page).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('#feedback')?.closest('astro-island[ssr]'));
}

async function openDashboard(page: Page) {
  await page.goto('/admin/');
  await page.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Guides, worst first' })).toBeVisible();
}

test('a Yes vote is thanked, remembered after a reload, and can be changed', async ({ page }) => {
  const before = await tally(page.request, 'keeping-your-account-secure');
  await openGuide(page, 'keeping-your-account-secure');
  const yes = widget(page).getByRole('button', { name: 'Yes' });
  await yes.click();
  await expect(widget(page).getByRole('status')).toHaveText('Thanks for your feedback! Glad it helped.');
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('status')).toContainText('You said this guide helped');
  await widget(page).getByRole('button', { name: 'No' }).click();
  await expect(widget(page).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  // Changed, not added: this browser still counts once.
  expect(await tally(page.request, 'keeping-your-account-secure')).toEqual({ up: before.up, down: before.down + 1 });
});

test('a No vote with a reason and comment reaches the dashboard, markup shown as text', async ({ page }) => {
  await openGuide(page, 'signing-in-and-out-across-devices');
  await widget(page).getByRole('button', { name: 'No' }).click();
  await widget(page).getByRole('button', { name: 'Missing information' }).click();
  await expect(widget(page).getByRole('button', { name: 'Missing information' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const comment = '<b>What about</b> shared iPads?';
  await widget(page).getByLabel('Anything else? (optional)').fill(comment);
  await expect(widget(page).getByText(`${1000 - comment.length} characters left`)).toBeVisible();
  await widget(page).getByRole('button', { name: 'Send feedback' }).click();
  await expect(widget(page).getByRole('status')).toContainText('Thanks for telling us');

  await openDashboard(page);
  const row = page.getByRole('row', { name: /Signing In and Out Across Devices/ });
  await expect(row).toContainText(/Missing information \(\d+\)/);
  const comments = page.getByRole('region', { name: 'Comments on Signing In and Out Across Devices' });
  await expect(comments.locator('blockquote').first()).toHaveText(comment);
  await expect(comments.locator('b')).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  }
  const csv = await page.request.get('/admin/export.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toMatch(/^guide,title,up,down,helpful_share,wilson_lower_bound,/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts the vote and comes back to the guide with a thank-you', async ({ page }) => {
    const before = await tally(page.request, 'what-to-do-if-an-api-key-leaks');
    await page.goto('/guides/what-to-do-if-an-api-key-leaks/');
    await widget(page).getByLabel('Hard to follow').check();
    await widget(page).getByLabel('Anything else? (optional)').fill('Which logs should I check?');
    await widget(page).getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(/\/guides\/what-to-do-if-an-api-key-leaks\/\?voted=down#feedback-thanks$/);
    await expect(page.getByText('Thanks for your feedback!')).toBeVisible();

    expect(await tally(page.request, 'what-to-do-if-an-api-key-leaks')).toEqual({ ...before, down: before.down + 1 });
  });
});

test('the dashboard refuses a wrong token and keeps its data to itself', async ({ page, request }) => {
  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(200);
  await page.getByLabel('Admin token').fill('not-the-admin-token');
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await expect(page.getByRole('alert')).toHaveText('That token is not right.');
  await expect(page.getByRole('heading', { name: 'Guides, worst first' })).toHaveCount(0);
  expect((await request.get('/api/feedback/summary')).status()).toBe(401);
  expect((await request.get('/api/feedback/summary', { headers: { Authorization: 'Bearer wrong' } })).status()).toBe(
    401,
  );
  expect((await request.get('/admin/export.csv')).status()).toBe(401);
});

test('a reader who votes with JavaScript and then without is one visitor', async ({ browser, request }) => {
  const guide = 'moving-server-side-code-from-jwts-to-api-keys';
  const before = await tally(request, guide);
  const withJs = await browser.newContext();
  const page = await withJs.newPage();
  await openGuide(page, guide);
  await widget(page).getByRole('button', { name: 'Yes' }).click();
  await expect(widget(page).getByRole('status')).toHaveText('Thanks for your feedback! Glad it helped.');
  expect(await tally(request, guide)).toEqual({ up: before.up + 1, down: before.down });
  const cookies = await withJs.storageState();
  await withJs.close();

  // Same browser, JavaScript now off: the plain form changes the same vote instead of adding one.
  const withoutJs = await browser.newContext({ javaScriptEnabled: false, storageState: cookies });
  const formPage = await withoutJs.newPage();
  await formPage.goto(`/guides/${guide}/`);
  await widget(formPage).getByRole('button', { name: 'No' }).click();
  await expect(formPage).toHaveURL(/\?voted=down#feedback-thanks$/);
  expect(await tally(request, guide)).toEqual({ up: before.up, down: before.down + 1 });
  const after = await withoutJs.storageState();
  await withoutJs.close();

  // And back: JavaScript on again, still the same visitor.
  const again = await browser.newContext({ storageState: after });
  const last = await again.newPage();
  await openGuide(last, guide);
  await widget(last).getByRole('button', { name: 'Yes' }).click();
  await expect(widget(last).getByRole('status')).toHaveText('Thanks for your feedback! Glad it helped.');
  expect(await tally(request, guide)).toEqual({ up: before.up + 1, down: before.down });
  await again.close();
});
