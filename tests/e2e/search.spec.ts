import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './support/admin-token.ts';
import { axeOn } from './support/axe.ts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the help center' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the help center' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Letters only, unlike any word of the site, different on every run. */
function nonsense(): string {
  const letters = 'qxzjvkw';
  return Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

/** Astro drops `ssr` from an island once it has hydrated; until then the page is the no-JS form. */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function openWithShortcut(page: Page): Promise<void> {
  await page.goto('/');
  // The shortcut works once the header script has run; the theme attribute comes first.
  await expect(page.getByRole('button', { name: 'Search the help center' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
}

test('the home page loads no search file until search is used', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search/') && pathname.endsWith('.json')) searchFiles.push(pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(searchFiles).toEqual([]);
  await page.getByRole('button', { name: 'Search the help center' }).click();
  await searchBox(page).fill('api key');
  await expect(results(page).first()).toBeVisible();
  expect(searchFiles).toContain('/search/manifest.json');
});

test('Ctrl+K opens search, a query shows the guide it names first, and the count is announced', async ({ page }) => {
  await openWithShortcut(page);
  await expect(searchBox(page)).toBeFocused();
  for (const query of ['SESSION_EXPIRED', 'session expired', 'session_expired', 'sessionexpired']) {
    await searchBox(page).fill(query);
    await expect(page.getByRole('status')).toContainText(`found for “${query}”`);
    await expect(results(page).first()).toContainText('Fixing Session Expired Errors');
  }
  await searchBox(page).fill('creating and rotating api keys');
  await expect(results(page).first()).toContainText('Creating and Rotating API Keys');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

test('"/" opens search, but not while the reader is typing in a field', async ({ page }) => {
  await page.goto('/tools/token-checker/');
  const field = page.getByRole('textbox').first();
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(dialog(page)).toBeHidden();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
});

test('arrow keys and Enter open a result, which highlights the searched words and scrolls to them', async ({
  page,
}) => {
  await openWithShortcut(page);
  await searchBox(page).fill('refresh token');
  await expect(results(page).nth(1)).toBeVisible();
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
  const title = (await results(page).nth(1).locator('.search-hit-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/.+\?highlight=refresh%20token/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const marks = page.locator('.prose mark.search-highlight');
  await expect(marks.first()).toHaveText(/refresh|token/i);
  await expect(marks.first()).toBeInViewport();
});

test('Esc closes search and gives focus back; Tab stays inside while it is open', async ({ page }) => {
  await page.goto('/');
  const trigger = page.getByRole('button', { name: 'Search the help center' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('api key');
  await expect(results(page).first()).toBeVisible();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('filters narrow the results and live in the shareable URL', async ({ page }) => {
  await page.goto('/search/?q=session');
  await hydrated(page);
  await expect(page.getByRole('status')).toContainText('found for “session”');
  const before = await results(page).count();
  await page.getByRole('radio', { name: /API & integrations/ }).check({ force: true });
  await expect(page).toHaveURL(/category=api-and-integrations/);
  await expect(async () => {
    const after = await results(page).allTextContents();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    for (const text of after) expect(text).toContain('API & integrations');
  }).toPass();
  await page.reload();
  await expect(page.getByRole('radio', { name: /API & integrations/ })).toBeChecked();
  for (const text of await results(page).allTextContents()) expect(text).toContain('API & integrations');
});

test('the search page shows more results on request, and the dialog links to them all', async ({ page }) => {
  await page.goto('/search/?q=api');
  await hydrated(page);
  await expect(page.getByRole('status')).toContainText('found for “api”');
  const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(8);
  await expect(results(page)).toHaveCount(8);
  await page.getByRole('link', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(Math.min(total, 16));
  await expect(page).toHaveURL(/shown=16/);

  await openWithShortcut(page);
  await searchBox(page).fill('api');
  await dialog(page)
    .getByRole('link', { name: `See all ${total} results` })
    .click();
  await expect(page).toHaveURL(/\/search\/\?q=api$/);
});

test('a typo is corrected, with a way back to the words as typed', async ({ page }) => {
  await openWithShortcut(page);
  await searchBox(page).fill('sesion expird');
  await expect(page.getByText('Showing results for session expired')).toBeVisible();
  await expect(results(page).first()).toContainText('Fixing Session Expired Errors');
  await page.getByRole('link', { name: 'Search instead for “sesion expird”' }).click();
  await expect(page.getByText('Showing results for')).toBeHidden();
  await expect(page.getByRole('status')).toContainText('found for “sesion expird”');
});

test('a search that finds nothing offers next steps and is reported exactly once', async ({ page, request }) => {
  const query = nonsense();
  const reports: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/search-miss')) reports.push(r.postData() ?? '');
  });
  await openWithShortcut(page);
  await searchBox(page).pressSequentially(query, { delay: 40 });
  const empty = page.locator('.search-empty');
  await expect(empty).toContainText(`No guide matches “${query}”`);
  await expect(empty.getByRole('heading', { name: 'Popular guides' })).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Contact support' })).toBeVisible();
  await expect.poll(() => reports.length, { timeout: 5_000 }).toBe(1);
  await page.waitForTimeout(2_000);
  await page.keyboard.press('Escape');
  expect(reports.map((body) => JSON.parse(body).query)).toEqual([query]);

  const dashboard = await request.get('/admin/', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  const html = await dashboard.text();
  expect(html.split(query).length - 1).toBe(1);
  expect(html).not.toContain(query.slice(0, 5) + '<');
});

test('a miss reported from the dialog is not counted again when Enter opens the search page', async ({
  page,
  request,
}) => {
  const query = nonsense();
  await openWithShortcut(page);
  await searchBox(page).fill(query);
  await expect(page.locator('.search-empty')).toBeVisible();
  // Closing and reopening sends the pending report, as leaving the dialog does.
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/search-miss'));
  await page.keyboard.press('Escape');
  await sent;
  await page.keyboard.press('Control+k');
  await searchBox(page).fill(query);
  await expect(page.locator('.search-empty')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('.search-empty')).toBeVisible();
  const html = await (await request.get('/admin/', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).text();
  expect(html.split(query).length - 1).toBe(1);
  expect(html).toContain(`<q><bdi>${query}</bdi></q> · 1 time,`);
});

test('a zero caused by the reader’s filter is not a miss', async ({ page, request }) => {
  const reports: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/search-miss')) reports.push(r.postData() ?? '');
  });
  // No API guide talks about private windows: with that filter nothing is left.
  await page.goto('/search/?q=incognito&category=api-and-integrations');
  await hydrated(page);
  await expect(page.locator('.search-empty')).toContainText('with these filters');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results(page).first()).toBeVisible();
  await page.goto('/');
  expect(reports).toEqual([]);
  const html = await (await request.get('/admin/', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).text();
  expect(html).not.toContain('<q>incognito</q>');
});

test('the search page counts a search that found nothing, but not one linked from another site', async ({
  request,
}) => {
  const typed = nonsense();
  const linked = nonsense();
  expect((await request.get(`/search/?q=${typed}`)).status()).toBe(200);
  const fromElsewhere = await request.get(`/search/?q=${linked}`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
  expect(await fromElsewhere.text()).toContain(`No guide matches <strong>“${linked}”</strong>`);
  const dashboard = await request.get('/admin/', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  const html = await dashboard.text();
  expect(html).toContain(typed);
  expect(html).not.toContain(linked);
});

test('keys typed from the instant Ctrl+K is pressed are all kept, at 30 ms a key', async ({ page }) => {
  await page.goto('/guides/staying-signed-in/');
  await expect(page.getByRole('button', { name: 'Search the help center' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('session expired', { delay: 30 });
  await expect(searchBox(page)).toHaveValue('session expired');
  await expect(results(page).first()).toContainText('Fixing Session Expired Errors');
});

test('keys typed right after a click on the search button are kept too', async ({ page }) => {
  await page.goto('/categories/account-and-sign-in/');
  await page.getByRole('button', { name: 'Search the help center' }).click();
  await page.keyboard.type('api kye', { delay: 30 });
  await expect(searchBox(page)).toHaveValue('api kye');
  await expect(page.getByText('Showing results for api key')).toBeVisible();
});

test('each opening of the dialog is a new search: words and filters do not carry over', async ({ page }) => {
  await openWithShortcut(page);
  await searchBox(page).fill('api key');
  await page.getByRole('radio', { name: /Security/ }).check({ force: true });
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('on a 390 px phone the chip rows scroll inside themselves, not the dialog', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openWithShortcut(page);
  await searchBox(page).fill('session');
  await expect(results(page).first()).toBeVisible();
  const widths = await dialog(page).evaluate((element) => ({
    dialog: [element.scrollWidth, element.clientWidth],
    rows: [...element.querySelectorAll('fieldset')].map((row) => [row.scrollWidth, row.clientWidth]),
  }));
  expect(widths.dialog[0]).toBeLessThanOrEqual(widths.dialog[1]!);
  expect(widths.rows.some(([scroll, client]) => scroll! > client!)).toBe(true);
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeInViewport();
  await context.close();
});

test('the home page box answers as you type, with the dialog’s results', async ({ page }) => {
  const query = 'how do I sign out on all my devices';
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the help center' }).click();
  await page.keyboard.type(query, { delay: 30 });
  await expect(searchBox(page)).toHaveValue(query);
  await expect(page.getByRole('status')).toContainText(`found for “${query}”`);
  const inline = await results(page).locator('.search-hit-title').allTextContents();
  expect(inline[0]).toBe('Signing In and Out Across Devices');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('combobox').fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(`found for “${query}”`);
  expect(await dialog(page).getByRole('option').locator('.search-hit-title').allTextContents()).toEqual(inline);
});

test('the dialog and the search page without JavaScript give the same first results', async ({ page, request }) => {
  await openWithShortcut(page);
  for (const query of [
    'why does my integration stop working after an hour',
    '{"error":"SESSION_EXPIRED"}',
    'logout all devices',
    'api kye',
    'unauthorised request from my server',
  ]) {
    await searchBox(page).fill('');
    await expect(results(page)).toHaveCount(0);
    await searchBox(page).fill(query);
    await expect(page.getByRole('status')).toContainText('found for');
    const inDialog = (await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, 3);
    const html = await (await request.get(`/search/?q=${encodeURIComponent(query)}`)).text();
    const onPage = [...html.matchAll(/role="option"[^>]*href="([^"]+)"/g)]
      .slice(0, 3)
      .map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(onPage, query).toEqual(inDialog);
  }
});

test('the search page shows the server’s answer and never repaints a different one as its script starts', async ({
  page,
}) => {
  // From the moment the HTML is parsed, note every time the results differ from the server's.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { differentResults: string[] }).differentResults = seen;
    const links = () =>
      [...document.querySelectorAll('.search-results [role="option"]')].map((a) => a.getAttribute('href')).join(' ');
    document.addEventListener('DOMContentLoaded', () => {
      const served = links();
      new MutationObserver(() => {
        if (links() !== served) seen.push(links());
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  });
  await page.goto('/search/?q=why%20am%20I%20logged%20out');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  await expect(results(page).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { differentResults: string[] }).differentResults)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form searches on the search page', async ({ page }) => {
    await page.goto('/guides/staying-signed-in/');
    const form = page.getByRole('search', { name: 'Search the help center' });
    await form.getByRole('searchbox').fill('SESSION_EXPIRED');
    await form.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=SESSION_EXPIRED/);
    await expect(results(page).first()).toContainText('Fixing Session Expired Errors');
    await expect(page.locator('.search-results mark').first()).toBeVisible();
  });

  test('"Show more results" is a link to the next page of results', async ({ page }) => {
    await page.goto('/search/?q=api');
    await expect(results(page)).toHaveCount(8);
    await page.getByRole('link', { name: 'Show more results' }).click();
    await expect(page).toHaveURL(/shown=16/);
    expect(await results(page).count()).toBeGreaterThan(8);
  });

  test('the search page form applies filters and corrects typos', async ({ page }) => {
    await page.goto('/search/?q=sesion');
    await expect(page.getByText('Showing results for session')).toBeVisible();
    await page.getByRole('radio', { name: /Security/ }).check({ force: true });
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/category=security/);
    for (const text of await results(page).allTextContents()) expect(text).toContain('Security');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open search dialog has no WCAG 2.2 A/AA violation, ${colorScheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openWithShortcut(page);
    await searchBox(page).fill('api key');
    await expect(results(page).first()).toBeVisible();
    const { violations } = await axeOn(page)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}
