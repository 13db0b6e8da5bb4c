// The dashboard under attack: token guessing, cross-site logout, a stolen cookie after logout,
// and comments or queries written to reverse the page's text. A server of its own, so guesses
// here never lock out the other tests.
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from '../../scripts/spawn-server.ts';

const TOKEN = 'admin-security-token-00000000';
let server: TestServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  server = await startServer({ ADMIN_TOKEN: TOKEN, FEEDBACK_RATE_LIMIT: '0' });
});
test.afterAll(async () => {
  await server.stop();
});

const summary = (authorization: string) =>
  fetch(`${server.url}/api/feedback/summary`, { headers: { Authorization: authorization } });

const postLogin = () =>
  fetch(`${server.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: TOKEN }),
    redirect: 'manual',
  });

async function login(): Promise<string> {
  const response = await postLogin();
  expect(response.status).toBe(303);
  return /tl_admin=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
}

test('a copied session cookie stops working once its owner signs out', async () => {
  const cookie = await login();
  const copy = cookie;
  expect((await fetch(`${server.url}/admin/export.csv`, { headers: { Cookie: copy } })).status).toBe(200);
  const crossSite = await fetch(`${server.url}/admin/logout`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: 'https://evil.example' },
    redirect: 'manual',
  });
  expect(crossSite.status).toBe(403);
  expect((await crossSite.json()).error.code).toBe('cross-origin');
  expect((await fetch(`${server.url}/admin/export.csv`, { headers: { Cookie: copy } })).status).toBe(200);
  const logout = await fetch(`${server.url}/admin/logout`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: server.url },
    redirect: 'manual',
  });
  expect(logout.status).toBe(303);
  expect((await fetch(`${server.url}/admin/export.csv`, { headers: { Cookie: copy } })).status).toBe(401);
});

test('comments and queries are bidi-isolated on the dashboard', async ({ page }) => {
  const override = 'Great guide \u202Ethanks\u202C';
  const vote = await fetch(`${server.url}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ guide: 'staying-signed-in', vote: 'down', reason: 'other', comment: override }),
  });
  expect(vote.status).toBe(201);
  await fetch(`${server.url}/api/search-miss`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'sso \u202Egnirts' }),
  });
  await page.goto(`${server.url}/admin/`);
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await expect(page.locator('.admin-comments blockquote bdi')).toHaveText(override);
  await expect(page.locator('.admin-misses q bdi')).toHaveText('sso \u202Egnirts');
  // The text after the comment reads left to right as written.
  await expect(page.locator('.admin-comments .meta').first()).toContainText('No · Other');
});

test('bearer-token guesses are rate-limited like logins: 429 with Retry-After, even for the right token', async () => {
  for (let i = 0; i < 10; i += 1) expect((await summary(`Bearer guess-${i}`)).status).toBe(401);
  const limited = await summary('Bearer guess-11');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await limited.json()).error.code).toBe('rate-limited');
  expect((await summary(`Bearer ${TOKEN}`)).status).toBe(429);
  expect((await postLogin()).status).toBe(429);
});
