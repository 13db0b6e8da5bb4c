import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './support/admin-token.ts';
import { expectRefusals, type RefusalCase } from './support/api-errors.ts';
import { freshVisitor, tally } from './support/tally.ts';
import { startServer } from '../../scripts/spawn-server.ts';

const GUIDE = 'creating-and-rotating-api-keys';

test('bad votes get a 4xx with a code and a message, and nothing is stored', async ({ request }) => {
  const before = await tally(request, GUIDE);
  // Sent as bytes, exactly as written: a string would be re-encoded as JSON.
  const json =
    (data: string, headers: Record<string, string> = {}) =>
    () =>
      request.post('/api/feedback', {
        data: Buffer.from(data),
        headers: { 'Content-Type': 'application/json', ...headers },
      });
  const cases: RefusalCase[] = [
    ['unknown guide', json('{"guide":"no-such-guide","vote":"up"}'), 404, 'unknown-guide'],
    ['bad vote', json(`{"guide":"${GUIDE}","vote":"maybe"}`), 400, 'invalid-vote'],
    ['bad reason', json(`{"guide":"${GUIDE}","vote":"down","reason":"meh"}`), 400, 'invalid-reason'],
    [
      'long comment',
      json(JSON.stringify({ guide: GUIDE, vote: 'down', comment: 'x'.repeat(1001) })),
      400,
      'comment-too-long',
    ],
    ['broken JSON', json('{"guide":'), 400, 'invalid-json'],
    ['a JSON array', json(`[{"guide":"${GUIDE}","vote":"up"}]`), 400, 'invalid-body'],
    ['__proto__', json(`{"guide":"${GUIDE}","vote":"up","__proto__":{"x":1}}`), 400, 'unknown-field'],
    [
      'oversized visitor',
      json(JSON.stringify({ guide: GUIDE, vote: 'up', visitor: 'v'.repeat(200) })),
      400,
      'invalid-visitor',
    ],
    [
      'body over 8 KB',
      json(JSON.stringify({ guide: GUIDE, vote: 'up', pad: 'x'.repeat(9000) })),
      413,
      'body-too-large',
    ],
    [
      'text/plain',
      () => request.post('/api/feedback', { data: Buffer.from('up'), headers: { 'Content-Type': 'text/plain' } }),
      415,
      'unsupported-media-type',
    ],
    ['cross-origin', json(`{"guide":"${GUIDE}","vote":"up"}`, { Origin: 'https://evil.example' }), 403, 'cross-origin'],
  ];
  await expectRefusals(cases);
  expect(await tally(request, GUIDE)).toEqual(before);
});

test('a vote answers 201 when new and 200 when changed, with the stored vote', async ({ request }) => {
  const guide = 'authenticating-api-requests';
  const visitor = freshVisitor();
  const send = (vote: string) => request.post('/api/feedback', { data: { guide, vote, visitor } });
  const first = await send('up');
  expect(first.status()).toBe(201);
  expect((await first.json()).vote).toMatchObject({ guide, vote: 'up' });
  const second = await send('down');
  expect(second.status()).toBe(200);
  expect((await second.json()).vote).toMatchObject({ vote: 'down' });
});

test('zero-result searches are stored, but never ones that look like credentials', async ({ page, request }) => {
  const miss = (query: string) => request.post('/api/search-miss', { data: { query } });
  expect((await miss('sso with okta')).status()).toBe(201);
  const secret = await miss('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2ln');
  expect(secret.status()).toBe(202);
  expect(await secret.json()).toMatchObject({ stored: false });
  expect((await miss('lfk_sk_7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0gABCDEF')).status()).toBe(202);
  await page.goto('/admin/');
  await page.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  const misses = page.locator('.admin-misses');
  await expect(misses).toContainText('sso with okta');
  await expect(misses).not.toContainText('eyJ');
  await expect(misses).not.toContainText('lfk_');
});

test.describe('with settings of their own', () => {
  test('too many votes from one client get 429 with Retry-After; proxies are believed only when trusted', async () => {
    const server = await startServer({ FEEDBACK_RATE_LIMIT: '3', TRUST_PROXY: '1' });
    try {
      const vote = (forwardedFor: string, i: number) =>
        fetch(`${server.url}/api/feedback`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
          body: JSON.stringify({ guide: 'staying-signed-in', vote: 'up', visitor: `rate-visitor-${i}` }),
        });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await vote('203.0.113.7', i)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      const limited = await vote('203.0.113.7', 9);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.json()).error.code).toBe('rate-limited');
      expect((await vote('198.51.100.2', 10)).status).toBe(201);
    } finally {
      await server.stop();
    }
  });

  test('without ADMIN_TOKEN the dashboard does not exist', async () => {
    const server = await startServer({ ADMIN_TOKEN: '' });
    try {
      expect((await fetch(`${server.url}/admin/`)).status).toBe(404);
      expect((await fetch(`${server.url}/api/feedback/summary`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  test('a bad setting stops the server at start, naming it', async () => {
    await expect(startServer({ FEEDBACK_RATE_LIMIT: 'lots' })).rejects.toThrow(/FEEDBACK_RATE_LIMIT/);
  });

  test('the SQLite file is created on first start, in WAL mode', async () => {
    const server = await startServer();
    await server.stop();
    const db = new DatabaseSync(server.dbFile);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });
});
