import { expect, test, type Page } from '@playwright/test';

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return (element?.getAttribute('aria-label') ?? element?.innerText ?? '').replace(/\s+/g, ' ').trim();
  });
}

test('Tab moves through the page in reading order, starting with the skip link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/fixing-session-expired-errors/');
  const names: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    names.push(await focusedName(page));
  }
  expect(names).toEqual([
    'Skip to content',
    'TL Trust Leads Help Center',
    'Troubleshooting',
    'Account & sign-in',
    'API & integrations',
    'Security',
    // The button's text: its name, then the shortcut shown beside it (hidden from screen readers).
    'Search the help center Ctrl K',
    'Theme: follow the system',
    'Help Center',
    'Troubleshooting',
    'SESSION_EXPIRED',
    '# Link to the section “Why Sessions Expire”',
  ]);
});

test('the skip link takes keyboard users straight to the content', async ({ page }) => {
  await page.goto('/guides/fixing-session-expired-errors/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Help Center');
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  }
});

test('the theme toggle works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: /^Theme: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Theme: / })).toHaveAccessibleName('Theme: follow the system');
});
