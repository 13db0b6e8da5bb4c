import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './support/admin-token.ts';

// Each test answers on its own guide, so parallel tests never see each other's answers.
const widget = (page: Page) => page.locator('#feedback');
const status = (page: Page) => widget(page).getByRole('status');

async function openGuide(page: Page, slug: string) {
  await page.goto(`/guides/${slug}/`);
  await widget(page).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('#feedback')?.closest('astro-island[ssr]'));
}

async function dashboardRow(page: Page, title: string) {
  await page.goto('/admin/');
  await page.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  return page.getByRole('row', { name: new RegExp(title) });
}

test('a reason is saved the moment it is chosen, even if the reader leaves at once', async ({ page }) => {
  await openGuide(page, 'moving-server-side-code-from-jwts-to-api-keys');
  await widget(page).getByRole('button', { name: 'No' }).click();
  await expect(status(page)).toBeFocused();
  const reason = widget(page).getByRole('button', { name: 'Hard to follow' });
  await reason.click();
  await expect(status(page)).toHaveText(/Saved: Hard to follow/);
  await expect(status(page)).toBeFocused();
  await expect(reason).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('button', { name: 'Hard to follow' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText('did not help (Hard to follow)');

  const row = await dashboardRow(page, 'Moving Server-Side Code from JWTs to API Keys');
  await expect(row).toContainText(/Hard to follow \(\d+\)/);
});

test('the comment goes on a primary Send button and survives a change of vote', async ({ page }) => {
  const slug = 'understanding-401-unauthorized-errors';
  await openGuide(page, slug);
  await widget(page).getByRole('button', { name: 'No' }).click();
  await widget(page).getByRole('button', { name: 'Missing information' }).click();
  const comment = 'Which header does the proxy drop?';
  await widget(page).getByLabel('Anything else? (optional)').fill(comment);
  await widget(page).getByRole('button', { name: 'Send feedback' }).click();
  await expect(status(page)).toContainText('Thanks for telling us');
  await expect(status(page)).toBeFocused();

  await widget(page).getByRole('button', { name: 'Yes' }).click();
  await expect(status(page)).toBeFocused();
  await widget(page).getByRole('button', { name: 'No' }).click();
  await expect(widget(page).getByLabel('Anything else? (optional)')).toHaveValue(comment);
  await expect(widget(page).getByRole('button', { name: 'Missing information' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await dashboardRow(page, 'Understanding 401 Unauthorized Errors');
  const comments = page.getByRole('region', { name: 'Comments on Understanding 401 Unauthorized Errors' });
  await expect(comments.locator('blockquote').first()).toHaveText(comment);
});

test('the chosen vote and reason stay visible in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openGuide(page, 'fixing-sign-in-loops-and-cookie-problems');
  await widget(page).getByRole('button', { name: 'No' }).click();
  await widget(page).getByRole('button', { name: 'Inaccurate' }).click();
  // The choice is marked once it is saved: wait for that, not for a moment.
  await expect(widget(page).getByRole('button', { name: 'Inaccurate' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  const look = (name: string) =>
    widget(page)
      .getByRole('button', { name })
      .evaluate((b) => {
        const style = getComputedStyle(b);
        return { background: style.backgroundColor, mark: getComputedStyle(b, '::before').content };
      });
  const chosen = await look('Inaccurate');
  const other = await look('Other');
  expect(chosen.mark).toContain('✓');
  expect(chosen.background).not.toBe(other.background);
  expect((await look('No')).mark).toContain('✓');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('after sending, only the thanks is shown', async ({ page }) => {
    await page.goto('/guides/creating-and-rotating-api-keys/');
    await widget(page).getByRole('button', { name: 'Yes' }).click();
    await expect(page).toHaveURL(/#feedback-thanks$/);
    await expect(page.getByText('Thanks for your feedback!')).toBeVisible();
    await expect(widget(page).getByRole('button', { name: 'Yes' })).toBeHidden();
    await expect(widget(page).getByLabel('Anything else? (optional)')).toBeHidden();
  });
});
