// The site behind a TLS-terminating proxy (a self-signed certificate made for the test), as a
// load balancer would run it: a reader votes and an owner logs in, in a real browser, over HTTPS.
import { expect, test, type Page } from '@playwright/test';
import { startServer, type TestServer } from '../../scripts/spawn-server.ts';
import { startTlsProxy, tlsProxyUnavailable, type TlsProxy } from '../support/tls-proxy.ts';

const TOKEN = 'behind-https-admin-token-000';
const GUIDE = 'staying-signed-in';
const unavailable = tlsProxyUnavailable();
if (unavailable) console.warn(`\n*** SKIPPED HTTPS proxy tests: ${unavailable} ***\n`);
test.skip(Boolean(unavailable), unavailable ?? '');
test.use({ ignoreHTTPSErrors: true });

/** Opens the guide at `origin` once its widget is interactive, says Yes, and returns the widget. */
async function voteYes(page: Page, origin: string) {
  await page.goto(`${origin}/guides/${GUIDE}/`);
  const widget = page.locator('#feedback');
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('#feedback')?.closest('astro-island[ssr]'));
  await widget.getByRole('button', { name: 'Yes' }).click();
  return widget;
}

test.describe('with TRUST_PROXY=1', () => {
  let server: TestServer;
  let proxy: TlsProxy;
  test.beforeAll(async () => {
    server = await startServer({ TRUST_PROXY: '1', ADMIN_TOKEN: TOKEN, FEEDBACK_RATE_LIMIT: '0' });
    proxy = await startTlsProxy(server.url);
  });
  test.afterAll(async () => {
    await proxy.close();
    await server.stop();
  });

  test('a browser vote over HTTPS is stored, with a Secure visitor cookie', async ({ page, context }) => {
    const widget = await voteYes(page, proxy.url);
    await expect(widget.getByRole('status')).toHaveText('Thanks for your feedback! Glad it helped.');
    const visitor = (await context.cookies(proxy.url)).find((c) => c.name === 'tl_visitor');
    expect(visitor).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const summary = await fetch(`${server.url}/api/feedback/summary`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect((await summary.json()).guides).toEqual([expect.objectContaining({ guide: GUIDE, up: 1, down: 0 })]);
  });

  test('the no-JavaScript vote form works over HTTPS too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${proxy.url}/guides/${GUIDE}/`);
    await page.locator('#feedback').getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(new RegExp(`^${proxy.url}/guides/${GUIDE}/\\?voted=down#feedback-thanks$`));
    await context.close();
  });

  test('an owner logs in over HTTPS with a Secure session cookie, and signs out', async ({ page, context }) => {
    await page.goto(`${proxy.url}/admin/`);
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Guides, worst first' })).toBeVisible();
    expect(page.url()).toBe(`${proxy.url}/admin/`);
    const session = (await context.cookies(proxy.url)).find((c) => c.name === 'tl_admin');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('Admin token')).toBeVisible();
  });

  test('another site is still refused through the proxy', async ({ playwright }) => {
    const client = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    const response = await client.post(`${proxy.url}/api/feedback`, {
      headers: { Origin: 'https://evil.example' },
      data: { guide: GUIDE, vote: 'up' },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe('cross-origin');
    await client.dispose();
  });
});

test.describe('without TRUST_PROXY', () => {
  let server: TestServer;
  let proxy: TlsProxy;
  test.beforeAll(async () => {
    server = await startServer({ ADMIN_TOKEN: TOKEN, FEEDBACK_RATE_LIMIT: '0' });
    proxy = await startTlsProxy(server.url);
  });
  test.afterAll(async () => {
    await proxy.close();
    await server.stop();
  });

  test('X-Forwarded-Proto and -Host are ignored: the browser\u2019s HTTPS origin does not match, and the vote is refused', async ({
    page,
  }) => {
    const widget = await voteYes(page, proxy.url);
    await expect(widget.getByRole('status')).toHaveText('Requests from other sites are not accepted.');
  });

  test('the configured SITE_URL is accepted as an origin', async () => {
    const response = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://help.trustleads.ai' },
      body: JSON.stringify({ guide: GUIDE, vote: 'up' }),
    });
    expect(response.status).toBe(201);
  });
});
