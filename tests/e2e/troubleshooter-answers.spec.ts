import { DatabaseSync } from 'node:sqlite';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './support/admin-token.ts';
import { expectRefusals, type RefusalCase } from './support/api-errors.ts';
import { freshVisitor } from './support/tally.ts';
import { startServer } from '../../scripts/spawn-server.ts';

const ENDPOINT = '/api/troubleshooter-answers';
const API_401 = 'My API calls fail with 401 or SESSION_EXPIRED';
const SIGNED_OUT = 'I keep getting signed out';
const good = {
  troubleshooter: 'signed-out',
  path: ['when', 'long-absence'],
  outcome: 'long-absence',
  event: 'fixed-yes',
};

/** What the server stored for one visitor, read from the suite's own SQLite file. */
function storedFor(visitor: string): { path: string; state: string }[] {
  const db = new DatabaseSync(process.env.E2E_FEEDBACK_DB!, { readOnly: true });
  try {
    return db
      .prepare('SELECT path, state FROM troubleshooter_answers WHERE visitor = ? ORDER BY path')
      .all(visitor) as { path: string; state: string }[];
  } finally {
    db.close();
  }
}

test('bad answers get a 4xx with a specific code and a message, and nothing is stored', async ({ request }) => {
  const visitor = freshVisitor();
  const cookie = `tl_visitor=${visitor}`;
  const json =
    (body: unknown, headers: Record<string, string> = {}) =>
    () =>
      request.post(ENDPOINT, {
        data: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
        headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
      });
  const cases: RefusalCase[] = [
    ['unknown troubleshooter', json({ ...good, troubleshooter: 'no-such-thing' }), 404, 'unknown-troubleshooter'],
    ['path as a string', json({ ...good, path: 'when/long-absence' }), 400, 'invalid-path'],
    ['empty path', json({ ...good, path: [] }), 400, 'invalid-path'],
    ['unknown node', json({ ...good, path: ['when', 'ghost', 'long-absence'] }), 400, 'unknown-node'],
    [
      'not from the start',
      json({ ...good, path: ['private-window', 'private-mode'], outcome: 'private-mode' }),
      400,
      'path-not-from-start',
    ],
    [
      'skips a question',
      json({ ...good, path: ['when', 'private-mode'], outcome: 'private-mode' }),
      400,
      'path-not-a-walk',
    ],
    [
      'a question as outcome',
      json({ ...good, path: ['when', 'extensions'], outcome: 'extensions' }),
      400,
      'outcome-not-terminal',
    ],
    ['path ends elsewhere', json({ ...good, outcome: 'private-mode' }), 400, 'outcome-mismatch'],
    ['bad outcome id', json({ ...good, outcome: 'Not An Id' }), 400, 'invalid-outcome'],
    ['bad event', json({ ...good, event: 'maybe' }), 400, 'invalid-event'],
    ['bad visitor', json({ ...good, visitor: 'v'.repeat(200) }), 400, 'invalid-visitor'],
    ['unknown field', json({ ...good, comment: 'hi' }), 400, 'unknown-field'],
    ['broken JSON', json('{"troubleshooter":'), 400, 'invalid-json'],
    ['a JSON array', json([good]), 400, 'invalid-body'],
    ['body over 8 KB', json({ ...good, pad: 'x'.repeat(9000) }), 413, 'body-too-large'],
    ['text/plain', json(good, { 'Content-Type': 'text/plain' }), 415, 'unsupported-media-type'],
    ['cross-origin', json(good, { Origin: 'https://evil.example' }), 403, 'cross-origin'],
  ];
  await expectRefusals(cases);
  expect((await request.get(ENDPOINT, { headers: { Cookie: cookie } })).status()).toBe(405);
  expect(storedFor(visitor)).toEqual([]);
  // The same reader's good answer is stored: the check above could have seen one.
  expect((await json(good)()).status()).toBe(201);
  expect(storedFor(visitor)).toEqual([{ path: 'when/long-absence', state: 'fixed-yes' }]);
});

test('an answer is 201 when new and 200 when changed, reaching again keeps the fix answer', async ({ request }) => {
  const visitor = freshVisitor();
  const send = (event: string) => request.post(ENDPOINT, { data: { ...good, event, visitor } });
  const first = await send('reached');
  expect(first.status()).toBe(201);
  expect((await first.json()).answer).toMatchObject({
    troubleshooter: 'signed-out',
    path: good.path,
    state: 'reached',
  });
  const answered = await send('fixed-no');
  expect(answered.status()).toBe(200);
  expect((await answered.json()).answer).toMatchObject({ state: 'fixed-no' });
  const again = await send('reached');
  expect(again.status()).toBe(200);
  expect((await again.json()).answer).toMatchObject({ state: 'fixed-no' });
  expect(storedFor(visitor)).toEqual([{ path: 'when/long-absence', state: 'fixed-no' }]);
});

test('the form is answered 303 to the outcome’s thank-you, the reader named by the visitor cookie', async ({
  request,
}) => {
  const visitor = freshVisitor();
  const response = await request.post(ENDPOINT, {
    form: {
      troubleshooter: 'signed-out',
      path: 'when/private-window/private-mode',
      outcome: 'private-mode',
      event: 'fixed-no',
    },
    headers: { Cookie: `tl_visitor=${visitor}` },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe(
    '/troubleshoot/signed-out/private-window/private-mode/?answered=no#troubleshooter-thanks',
  );
  expect(storedFor(visitor)).toEqual([{ path: 'when/private-window/private-mode', state: 'fixed-no' }]);
});

/** An outcome's row on the dashboard: its readers and fix answers. */
async function outcomeCounts(admin: Page, troubleshooter: string, outcome: string) {
  await admin.goto('/admin/');
  const row = admin
    .getByRole('region', { name: `Outcomes of ${troubleshooter} (scrolls sideways)` })
    .getByRole('row', { name: outcome });
  const [, readers, fixedYes, fixedNo] = (await row.getByRole('cell').allTextContents()).map(Number);
  return { readers: readers!, fixedYes: fixedYes!, fixedNo: fixedNo! };
}

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  return context.newPage();
}

/** The dashboard's counts for `outcome` reach `expected` fix answers (other tests may add readers). */
async function expectCounts(
  admin: Page,
  troubleshooter: string,
  outcome: string,
  before: { readers: number; fixedYes: number; fixedNo: number },
  added: { fixedYes: number; fixedNo: number },
) {
  await expect
    .poll(async () => {
      const now = await outcomeCounts(admin, troubleshooter, outcome);
      return { fixedYes: now.fixedYes, fixedNo: now.fixedNo, reached: now.readers > before.readers };
    })
    .toEqual({ fixedYes: before.fixedYes + added.fixedYes, fixedNo: before.fixedNo + added.fixedNo, reached: true });
}

test('with JavaScript, a reader’s answers at two outcomes reach the dashboard', async ({ browser, page }) => {
  const admin = await adminPage(browser);
  const bearer = await outcomeCounts(admin, API_401, 'Add Bearer before the key');
  const notAccepted = await outcomeCounts(admin, API_401, 'The API did not accept the key');

  await page.goto('/troubleshoot/api-401-errors/');
  await expect(page.locator('.troubleshooter[data-enhanced]')).toHaveCount(1);
  await page.getByRole('link', { name: 'A complete lfk_ API key' }).click();
  await page.getByRole('link', { name: 'Authorization: followed by the key alone, without Bearer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add Bearer before the key' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText('Glad it is fixed')).toBeVisible();

  await page.getByRole('link', { name: 'Start over' }).click();
  await page.getByRole('link', { name: 'A complete lfk_ API key' }).click();
  await page.getByRole('link', { name: 'Authorization: Bearer, one space, then the key' }).click();
  await page.getByRole('link', { name: 'The key was not accepted' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The API did not accept the key' })).toBeVisible();
  await page.getByRole('button', { name: 'No' }).click();
  await expect(page.getByText('sorry it did not fix it')).toBeVisible();
  await expect(page.getByText('could not be saved')).toHaveCount(0);

  await expectCounts(admin, API_401, 'Add Bearer before the key', bearer, { fixedYes: 1, fixedNo: 0 });
  await expectCounts(admin, API_401, 'The API did not accept the key', notAccepted, { fixedYes: 0, fixedNo: 1 });
  const unresolved = admin.getByRole('list', { name: 'Path to The API did not accept the key' }).first();
  await expect(unresolved).toContainText('What does the 401 response tell you? → The key was not accepted');
  const csv = await admin.request.get('/admin/troubleshooters.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toMatch(
    /^api-401-errors,unresolved,key-not-accepted,The API did not accept the key,credential\/header-form\/error-code\/key-not-accepted,/m,
  );
  await admin.context().close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form takes a reader’s answers at two outcomes to the dashboard', async ({ browser, page }) => {
    const admin = await adminPage(browser);
    const cookies = await outcomeCounts(admin, SIGNED_OUT, 'Allow cookies for trustleads.ai');
    const clock = await outcomeCounts(admin, SIGNED_OUT, 'Set your clock automatically');
    const walk = async (answers: string[]) => {
      await page.goto('/troubleshoot/signed-out/');
      for (const answer of answers) await page.getByRole('link', { name: answer }).click();
    };
    const toCookieSettings = [
      'Straight after I sign in, I land back on the sign-in page',
      'No, the same thing happens there',
    ];

    await walk([...toCookieSettings, 'Yes, or I am not sure']);
    await page.getByRole('form', { name: 'Did this fix it?' }).getByRole('button', { name: 'Yes' }).click();
    await expect(page).toHaveURL(/\/cookie-settings\/cookie-fix\/\?answered=yes#troubleshooter-thanks$/);
    await expect(page.getByText('Thanks for your answer!')).toBeVisible();

    await walk([...toCookieSettings, 'No, cookies are allowed for trustleads.ai', 'No, or I am not sure']);
    await page.getByRole('form', { name: 'Did this fix it?' }).getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(/\/clock\/clock-fix\/\?answered=no#troubleshooter-thanks$/);

    await expectCounts(admin, SIGNED_OUT, 'Allow cookies for trustleads.ai', cookies, { fixedYes: 1, fixedNo: 0 });
    await expectCounts(admin, SIGNED_OUT, 'Set your clock automatically', clock, { fixedYes: 0, fixedNo: 1 });
    await admin.context().close();
  });
});

test('too many answers from one client get 429 with Retry-After', async () => {
  const server = await startServer({ FEEDBACK_RATE_LIMIT: '2' });
  try {
    const send = () =>
      fetch(`${server.url}${ENDPOINT}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...good, visitor: 'rate-visitor-1' }),
      });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await send()).status);
    expect(statuses).toEqual([201, 200, 429]);
    const limited = await send();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('rate-limited');
  } finally {
    await server.stop();
  }
});
