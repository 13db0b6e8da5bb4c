import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpGet } from 'node:http';
import { expect, test } from '@playwright/test';

/** A raw response, undecoded, so the test sees exactly the bytes and headers a browser gets. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      httpGet(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

test('text files are sent compressed when the browser accepts it, with the same headers', async ({ baseURL }) => {
  const path = `${baseURL}/guides/fixing-session-expired-errors/`;
  const plain = await rawGet(path, {});
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.headers['vary']).toContain('Accept-Encoding');

  const br = await rawGet(path, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(br.status).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(br.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(br.body.length).toBeLessThan(plain.body.length / 3);

  const gz = await rawGet(`${baseURL}/search/words.json`, { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.headers['content-type']).toContain('application/json');
  expect(JSON.parse(gunzipSync(gz.body).toString())).toContain('session');

  const again = await rawGet(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers['etag']) });
  expect(again.status).toBe(304);
});
