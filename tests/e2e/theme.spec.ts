import { expect, test, type Page } from '@playwright/test';

const GUIDE = '/guides/fixing-session-expired-errors/';
const background = () => getComputedStyle(document.body).backgroundColor;
const toggle = (page: Page) => page.getByRole('button', { name: /^Theme: / });

test('follows the system theme until the reader chooses', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(GUIDE);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect(toggle(page)).toHaveAccessibleName('Theme: follow the system');
    await page.close();
  }
});

test('the toggle cycles dark, light, then back to following the system, and the choice survives reloads and other pages', async ({
  browser,
}) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.goto(GUIDE);
  const html = page.locator('html');
  const lightBackground = await page.evaluate(background);

  await toggle(page).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle(page)).toHaveAccessibleName('Theme: dark');
  expect(await page.evaluate(background)).not.toBe(lightBackground);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Help Center', exact: true }).first().click();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('Theme: light');
  await expect(html).toHaveAttribute('data-theme', 'light');

  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('Theme: follow the system');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(toggle(page)).toHaveAccessibleName('Theme: follow the system');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // A chosen theme stays when the system changes.
  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('Theme: light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.close();
});

test('a saved theme is in place before the page first paints', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.goto(GUIDE);
  await toggle(page).click();
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
  await expect(light.getByRole('button', { name: /^Theme: / })).toBeHidden();
  await light.close();
  await dark.close();
});
