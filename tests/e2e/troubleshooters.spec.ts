import { expect, test, type Page } from '@playwright/test';
import { apiKeyFromRandom } from '../../src/lib/tokens/api-key.ts';
import { axeOn } from './support/axe.ts';

const SIGNED_OUT = '/troubleshoot/signed-out/';
const API_401 = '/troubleshoot/api-401-errors/';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const EXPIRED_JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'u1', exp: 1_700_000_000 })}.c2lnbmF0dXJl`;
const KEY = apiKeyFromRandom('7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g');

const step = (page: Page) => page.locator('.ts-step').getByRole('heading', { level: 2 });
const progress = (page: Page) => page.getByRole('status').filter({ hasText: /^(Question|Answer found)/ });
const yourAnswers = (page: Page) => page.getByRole('navigation', { name: 'Your answers' });

/** Waits until the island has hydrated and handles answers in place. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('.troubleshooter[data-enhanced]')).toHaveCount(1);
}

/** Every outcome a troubleshooter offers, from the list of fixes on its first page. */
async function outcomesOf(page: Page, start: string): Promise<{ title: string; href: string }[]> {
  await page.goto(start);
  await page.getByText('Every fix this troubleshooter can lead to').click();
  return page
    .getByRole('group')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent!.trim(), href: a.getAttribute('href')! })));
}

/** The addresses from the first step to `href`: each answer on the way is one more segment. */
function stepsTo(start: string, href: string): string[] {
  const segments = href.slice(start.length).split('/').filter(Boolean);
  return segments.map((_, index) => `${start}${segments.slice(0, index + 1).join('/')}/`);
}

/** A keyboard user's first move on a new page: Tab to "Skip to content", Enter. */
async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Presses Tab until the link to `href` has focus, then Enter: how a keyboard user answers. */
async function answerByKeyboard(page: Page, href: string): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === href) {
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(href);
      return;
    }
  }
  throw new Error(`no answer leading to ${href} could be reached with Tab`);
}

// Every outcome of both troubleshooters, one keypress at a time.
test.describe.configure({ timeout: 120_000 });

for (const [start, count] of [
  [SIGNED_OUT, 7],
  [API_401, 12],
] as const) {
  test(`${start} can be walked by keyboard to every outcome, focus on each new step`, async ({ page }) => {
    const outcomes = await outcomesOf(page, start);
    expect(outcomes).toHaveLength(count);
    for (const outcome of outcomes) {
      await page.goto(start);
      await ready(page);
      for (const href of stepsTo(start, outcome.href)) {
        await answerByKeyboard(page, href);
        await expect(step(page)).toBeFocused();
      }
      await expect(step(page)).toHaveText(outcome.title);
      await expect(progress(page)).toHaveText(/^Answer found after \d questions?$/);
      await expect(page.getByRole('link', { name: /^(Read: |Contact support)/ }).first()).toBeVisible();
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test(`${start} can be walked by keyboard to every outcome`, async ({ page }) => {
      const outcomes = await outcomesOf(page, start);
      expect(outcomes).toHaveLength(count);
      for (const outcome of outcomes) {
        await page.goto(start);
        for (const href of stepsTo(start, outcome.href)) {
          await skipToContent(page);
          await answerByKeyboard(page, href);
        }
        await expect(step(page)).toHaveText(outcome.title);
      }
    });
  });
}

test('one question at a time, with progress, and the answers so far to step back through', async ({ page }) => {
  await page.goto(SIGNED_OUT);
  await ready(page);
  await expect(progress(page)).toHaveText('Question 1 of up to 6');
  await expect(yourAnswers(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'While I am actively using it, for example after about an hour' }).click();
  await page.getByRole('link', { name: 'No, a normal window' }).click();
  await expect(step(page)).toHaveText('Does signing in work in a window with your extensions turned off?');
  await expect(progress(page)).toHaveText('Question 3 of up to 6');
  await expect(yourAnswers(page).getByRole('listitem')).toHaveText([
    /When does Trust Leads ask you to sign in again\?\s*While I am actively using it/,
    /Are you using a private or incognito window\?\s*No, a normal window/,
  ]);
  await yourAnswers(page)
    .getByRole('link', { name: /Are you using a private/ })
    .click();
  await expect(page).toHaveURL(`${SIGNED_OUT}private-window/`);
  await expect(step(page)).toHaveText('Are you using a private or incognito window?');
  await expect(step(page)).toBeFocused();
  await yourAnswers(page).getByRole('link', { name: 'Start over' }).click();
  await expect(page).toHaveURL(SIGNED_OUT);
  await expect(step(page)).toHaveText('When does Trust Leads ask you to sign in again?');
});

test('the back and forward buttons step through the answers', async ({ page }) => {
  await page.goto(SIGNED_OUT);
  await ready(page);
  await page.getByRole('link', { name: /Straight after I sign in/ }).click();
  await page.getByRole('link', { name: 'No, the same thing happens there' }).click();
  await expect(step(page)).toHaveText(/are cookies blocked/);
  await page.goBack();
  await expect(page).toHaveURL(`${SIGNED_OUT}extensions/`);
  await expect(step(page)).toHaveText('Does signing in work in a window with your extensions turned off?');
  await expect(step(page)).toBeFocused();
  await expect(page).toHaveTitle(
    'Does signing in work in a window with your extensions turned off? · I keep getting signed out · Trust Leads Help Center',
  );
  await page.goBack();
  await expect(step(page)).toHaveText('When does Trust Leads ask you to sign in again?');
  await page.goForward();
  await expect(step(page)).toHaveText('Does signing in work in a window with your extensions turned off?');
});

test('a shared address opens at the same step with the same answers', async ({ page }) => {
  const response = await page.goto(`${SIGNED_OUT}private-window/extensions/cookie-settings/`);
  expect(response?.status()).toBe(200);
  await expect(step(page)).toHaveText(/are cookies blocked/);
  await expect(progress(page)).toHaveText('Question 4 of up to 6');
  await expect(yourAnswers(page).getByRole('listitem')).toHaveCount(3);
  const nowhere = await page.goto(`${SIGNED_OUT}cookie-settings/`);
  expect(nowhere?.status()).toBe(404);
});

test('the checker loads only at its question, and its verdict picks the branch', async ({ page }) => {
  const checkerFiles: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/(checker|TokenChecker)\./.test(request.url())) checkerFiles.push(request.url());
  });
  await page.goto(SIGNED_OUT);
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect(checkerFiles).toEqual([]);

  const cases: [string, string, string][] = [
    [EXPIRED_JWT, 'A session token (a JWT starting with eyJ)', 'token-where/'],
    ['Authorization: Bearer lfk_sk_your_api_key_here', "The docs' placeholder", 'replace-placeholder/'],
    [`Bearer ${KEY}`, 'A complete lfk_ API key', 'header-form/'],
    [`Bearer ${KEY.slice(0, -3)}`, 'An lfk_ key that is cut short', 'copy-key-again/'],
  ];
  for (const [paste, answer, next] of cases) {
    await page.goto(API_401);
    await ready(page);
    await page.getByLabel('Paste a token or API key').fill(paste);
    await expect(page.getByText('The checker’s verdict matches:')).toContainText(answer);
    await page.getByRole('link', { name: 'Continue with this answer' }).click();
    await expect(page).toHaveURL(`${API_401}${next}`);
    await expect(step(page)).toBeFocused();
  }
  expect(checkerFiles.length).toBeGreaterThan(0);
});

test('an outcome asks "Did this fix it?" and sends the answer with its path', async ({ page }) => {
  const sent: unknown[] = [];
  await page.route('**/api/troubleshooter-answers', async (route) => {
    sent.push(route.request().postDataJSON());
    await route.fulfill({ status: 201, json: {} });
  });
  await page.goto(API_401);
  await ready(page);
  await page.getByRole('link', { name: /A session token/ }).click();
  await page.getByRole('link', { name: 'In a script, server or integration' }).click();
  await expect(step(page)).toHaveText('Switch to an API key');
  const path = ['credential', 'token-where', 'switch-to-api-key'];
  await expect.poll(() => sent).toContainEqual(expect.objectContaining({ path, event: 'reached' }));
  await page.getByRole('button', { name: 'No' }).click();
  await expect(page.getByText('sorry it did not fix it')).toBeVisible();
  expect(sent.at(-1)).toEqual({
    troubleshooter: 'api-401-errors',
    path,
    outcome: 'switch-to-api-key',
    event: 'fixed-no',
  });
});

test('"Did this fix it?" thanks the reader even while answers cannot be saved', async ({ page }) => {
  await page.route('**/api/troubleshooter-answers', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`${SIGNED_OUT}long-absence/`);
  await ready(page);
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText('Thanks for telling us! Glad it is fixed.')).toBeVisible();
  await expect(page.getByText('Your answer could not be saved just now')).toBeVisible();
});

test('an escalation hands over to support with every answer filled in', async ({ page }) => {
  await page.goto(`${API_401}header-form/error-code/support/`);
  const contact = page.locator('.ts-step').getByRole('link', { name: 'Contact support' });
  const url = new URL((await contact.getAttribute('href'))!);
  expect(url.searchParams.get('subject')).toBe('Troubleshooter: My API calls fail with 401 or SESSION_EXPIRED');
  const body = url.searchParams.get('body')!;
  expect(body).toContain('- What credential does your integration send? A complete lfk_ API key');
  expect(body).toContain('- What does the 401 response tell you? Something else, or nothing');
  expect(body).toContain('/troubleshoot/api-401-errors/header-form/error-code/support/');
});

test('in a guide, the troubleshooter walks in place and Back returns to its question', async ({ page }) => {
  const guide = '/guides/understanding-401-unauthorized-errors/';
  await page.goto(guide);
  const embedded = page.getByRole('complementary', { name: /Troubleshooter: My API calls fail/ });
  await embedded.scrollIntoViewIfNeeded();
  await ready(page);
  await embedded.getByRole('link', { name: /A session token/ }).click();
  await expect(page).toHaveURL(`${guide}?troubleshoot=api-401-errors%2Ftoken-where`);
  await expect(embedded.getByRole('heading', { name: 'Where is the session token used?' })).toBeFocused();
  await page.reload();
  await embedded.scrollIntoViewIfNeeded();
  await expect(embedded.getByRole('heading', { name: 'Where is the session token used?' })).toBeVisible();
  await page.goBack();
  await expect(embedded.getByRole('heading', { name: 'What credential does your integration send?' })).toBeVisible();
});

test('the home page and related guides link the troubleshooters', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: SIGNED_OUT_TITLE })).toHaveAttribute('href', SIGNED_OUT);
  await expect(page.getByRole('link', { name: API_401_TITLE })).toHaveAttribute('href', API_401);
  for (const [guide, start] of [
    ['staying-signed-in', SIGNED_OUT],
    ['fixing-session-expired-errors', SIGNED_OUT],
    ['fixing-session-expired-errors', API_401],
    ['fixing-sign-in-loops-and-cookie-problems', SIGNED_OUT],
    ['understanding-401-unauthorized-errors', API_401],
  ]) {
    await page.goto(`/guides/${guide}/`);
    await expect(page.locator(`a[href="${start}"]`).first(), guide).toBeAttached();
  }
});

const SIGNED_OUT_TITLE = 'I keep getting signed out';
const API_401_TITLE = 'My API calls fail with 401 or SESSION_EXPIRED';

/** Texts of the first `count` results in a results list. */
const topResults = (page: Page, count: number) =>
  expect.poll(async () => (await page.getByRole('option').allTextContents()).slice(0, count).join('\n'));

// Readers type the symptom, not the title: the troubleshooter must be among the first results.
for (const [query, title, top] of [
  ['keep getting signed out', SIGNED_OUT_TITLE, 1],
  ['signed out after an hour', SIGNED_OUT_TITLE, 3],
  ['cookies blocked', SIGNED_OUT_TITLE, 3],
  ['api calls fail 401', API_401_TITLE, 1],
  ['api key rejected', API_401_TITLE, 3],
  ['script stops working after an hour', API_401_TITLE, 5],
] as const) {
  test(`search shows a troubleshooter in the first ${top} for "${query}", in the dialog and without JavaScript`, async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search the help center' }).click();
    await page.getByRole('combobox', { name: 'Search the help center' }).fill(query);
    await topResults(page, top).toContain(title);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`/search/?q=${encodeURIComponent(query)}`);
    await topResults(plain, top).toContain(title);
    await context.close();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Did this fix it?" is a form that comes back to the outcome', async ({ page }) => {
    await page.goto(`${SIGNED_OUT}long-absence/`);
    const form = page.getByRole('form', { name: 'Did this fix it?' });
    await form.getByRole('button', { name: 'Yes' }).click();
    await expect(page).toHaveURL(`${SIGNED_OUT}long-absence/?answered=yes#troubleshooter-thanks`);
    await expect(page.getByText('Thanks for your answer!')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation at a question, the checker and an answered outcome (${colorScheme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.route('**/api/troubleshooter-answers', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const violations = async () =>
      (await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
        (violation) => `${page.url()}: ${violation.id} at ${violation.nodes[0]?.target.join(' ')}`,
      );
    await page.goto(`${SIGNED_OUT}private-window/extensions/`);
    const found = await violations();
    await page.goto(API_401);
    await ready(page);
    await page.getByLabel('Paste a token or API key').fill(EXPIRED_JWT);
    await expect(page.getByRole('link', { name: 'Continue with this answer' })).toBeVisible();
    found.push(...(await violations()));
    await page.goto(`${SIGNED_OUT}long-absence/`);
    await ready(page);
    await page.getByRole('button', { name: 'No' }).click();
    await expect(page.getByText('sorry it did not fix it')).toBeVisible();
    found.push(...(await violations()));
    await context.close();
    expect(found).toEqual([]);
  });
}
