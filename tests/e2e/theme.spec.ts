import { expect, test } from '@playwright/test';

const GUIDE = '/guides/fixing-session-expired-errors/';
const background = () => getComputedStyle(document.body).backgroundColor;

test('follows the system theme until the reader chooses', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(GUIDE);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      String(colorScheme === 'dark'),
    );
    await page.close();
  }
});

test('the toggle switches the theme and the choice survives reloads and other pages', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.goto(GUIDE);
  const lightBackground = await page.evaluate(background);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(background)).not.toBe(lightBackground);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Help Center', exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.close();
});

test('a saved theme is in place before the page first paints', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  // Record the theme at the moment <body> is created, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'unset';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  await page.close();
});

test('without JavaScript the page still follows the system theme', async ({ browser }) => {
  const light = await browser.newPage({ colorScheme: 'light', javaScriptEnabled: false });
  const dark = await browser.newPage({ colorScheme: 'dark', javaScriptEnabled: false });
  await light.goto(GUIDE);
  await dark.goto(GUIDE);
  expect(await light.evaluate(background)).toBe('rgb(255, 255, 255)');
  expect(await dark.evaluate(background)).not.toBe('rgb(255, 255, 255)');
  await light.close();
  await dark.close();
});
