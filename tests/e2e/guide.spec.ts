import { expect, test, type Locator } from '@playwright/test';

const GUIDE = '/guides/fixing-session-expired-errors/';

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not visible: ${locator}`);
  return box.y;
}

test.describe('a guide page', () => {
  test('shows the parts of a guide in reading order, the facts on one line under the title', async ({ page }) => {
    await page.goto(GUIDE);
    const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    const title = page.getByRole('heading', { level: 1, name: 'Fixing Session Expired Errors' });
    const description = page.getByText(
      'Why sessions expire in Trust Leads, what the error looks like, and how to resolve it.',
    );
    const readTime = page.getByText('3 min read', { exact: true });
    const updated = page.getByText('Updated November 20, 2026');
    const body = page.getByRole('heading', { level: 2, name: 'Why Sessions Expire' });
    const tags = page.getByRole('list', { name: 'Tags', exact: true });
    const related = page.getByRole('heading', { level: 2, name: 'Related guides' });
    const support = page.getByRole('heading', { level: 2, name: 'Still stuck?' });

    await expect(breadcrumbs.getByRole('link')).toHaveText(['Help Center', 'Troubleshooting']);
    await expect(tags.getByRole('link')).toHaveText(['session', 'expired', 'logout', 'auth', 'JWT', 'token']);
    await expect(tags.getByRole('link', { name: 'JWT' })).toHaveAttribute('href', '/tags/jwt/');
    await expect(page.getByRole('link', { name: 'Contact support' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'SESSION_EXPIRED', exact: true })).toHaveAttribute(
      'href',
      '/errors/#SESSION_EXPIRED',
    );

    const order = [breadcrumbs, title, description, readTime, body, tags, related, support];
    const positions = [];
    for (const part of order) positions.push(await top(part));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await top(updated)).toBe(await top(readTime));
  });

  test('on a phone the first paragraph starts in the top half of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GUIDE);
    const first = page.getByText('Trust Leads uses short-lived JWT tokens for session management.');
    expect(await top(first)).toBeLessThan(450);
  });

  test('keeps the header and its search within reach after scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GUIDE);
    await page.getByRole('heading', { name: 'Related guides' }).scrollIntoViewIfNeeded();
    const header = page.getByRole('banner');
    await expect(header).toBeInViewport();
    expect(await top(header)).toBe(0);
    await expect(header.getByRole('link', { name: /Trust Leads/ })).toBeInViewport();
  });

  test('highlights the section being read in "On this page" on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(GUIDE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('[aria-current="location"]')).toHaveText('Why Sessions Expire');
    await page
      .getByRole('heading', { level: 2, name: 'SESSION_EXPIRED Error in the API' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('[aria-current="location"]')).toHaveText('SESSION_EXPIRED Error in the API');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('[aria-current="location"]')).toHaveText('Why Sessions Expire');
  });

  test('keeps the source article’s sections, tip and wrong/correct example', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
      'Why Sessions Expire',
      'Session Expired After a Long Absence',
      'SESSION_EXPIRED Error in the API',
    ]);
    await expect(page.getByRole('complementary', { name: 'Tip' })).toContainText('HttpOnly cookies');
    const wrong = page.getByRole('figure').filter({ hasText: 'Wrong' });
    const correct = page.getByRole('figure').filter({ hasText: 'Correct' });
    await expect(wrong).toContainText('Using a JWT token in server-side code (will expire)');
    await expect(wrong).toContainText('Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...');
    await expect(correct).toContainText('Authorization: Bearer lfk_sk_your_api_key_here');
  });

  test('lists related guides that exist, after the troubleshooters that lead to this guide', async ({ page }) => {
    await page.goto(GUIDE);
    const related = page.getByRole('region', { name: 'Related guides' });
    const links = related.getByRole('link');
    await expect(links).toHaveCount(5);
    await expect(links.nth(0)).toHaveAttribute('href', /^\/troubleshoot\/[a-z0-9-]+\/$/);
    await expect(links.nth(1)).toHaveAttribute('href', /^\/troubleshoot\/[a-z0-9-]+\/$/);
    await links.nth(2).click();
    await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('has a table of contents beside the body on wide screens that jumps to each section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(GUIDE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveText([
      'Why Sessions Expire',
      'Session Expired After a Long Absence',
      'SESSION_EXPIRED Error in the API',
    ]);
    const tocBox = await toc.boundingBox();
    const bodyBox = await page.locator('.prose').boundingBox();
    expect(tocBox!.x).toBeGreaterThan(bodyBox!.x + bodyBox!.width);
    await toc.getByRole('link', { name: 'SESSION_EXPIRED Error in the API' }).click();
    await expect(page).toHaveURL(/#session_expired-error-in-the-api$/);
    await expect(page.getByRole('heading', { name: 'SESSION_EXPIRED Error in the API' })).toBeInViewport();
  });

  test('folds the table of contents above the body on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(GUIDE);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const disclosure = page.locator('summary').filter({ hasText: 'On this page' });
    await disclosure.click();
    await page.getByRole('link', { name: 'Why Sessions Expire', exact: true }).click();
    await expect(page).toHaveURL(/#why-sessions-expire$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('gives each section heading a link to itself', async ({ page }) => {
    await page.goto(GUIDE);
    const anchor = page.getByRole('link', { name: 'Link to the section “Why Sessions Expire”' });
    await expect(anchor).toHaveAttribute('href', '#why-sessions-expire');
    await expect(page.locator('#why-sessions-expire')).toHaveText('Why Sessions Expire');
  });

  test('copies a code block with one click and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(GUIDE);
    const copy = page.getByRole('button', { name: 'Copy http code' }).first();
    await copy.click();
    await expect(copy).toHaveText('Copied');
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Code copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...');
  });
});

test.describe('help that carries context', () => {
  test('"Contact support" names the guide in a prefilled subject and body', async ({ page }) => {
    await page.goto(GUIDE);
    const href = await page.getByRole('link', { name: 'Contact support' }).getAttribute('href');
    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe('https://trustleads.ai/contact');
    expect(url.searchParams.get('subject')).toBe('Help with "Fixing Session Expired Errors"');
    expect(url.searchParams.get('body')).toContain('/guides/fixing-session-expired-errors/');
  });

  test('an app path in a guide is a link into the app', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('article').getByRole('link', { name: '/app/api-keys' })).toHaveAttribute(
      'href',
      'https://trustleads.ai/app/api-keys',
    );
  });

  test('describes itself to search engines: breadcrumbs and a dated technical article', async ({ page }) => {
    await page.goto(GUIDE);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const types = (json['@graph'] as { '@type': string }[]).map((node) => node['@type']);
    expect(types).toEqual(['BreadcrumbList', 'TechArticle']);
    expect(json['@graph'][1]).toMatchObject({ headline: 'Fixing Session Expired Errors', dateModified: '2026-11-20' });
  });
});

test.describe('printed', () => {
  test('the flagship guide prints on at most two A4 pages, without the screen-only parts', async ({ page }) => {
    await page.goto(GUIDE);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('region', { name: 'Token checker' }),
      page.getByRole('heading', { name: 'Was this guide helpful?' }),
      page.getByRole('button', { name: /copy/i }).first(),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const link = page.getByRole('link', { name: 'Contact support' });
    const shown = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(shown).toContain(await link.getAttribute('href'));

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide reads in full, with no buttons that cannot work', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixing Session Expired Errors');
    await expect(page.getByText('Access tokens expire after 1 hour.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Theme: / })).toBeHidden();
  });
});
