import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { rawGet } from '../support/raw-get.ts';

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

  const manifest = await rawGet(`${baseURL}/search/manifest.json`, {});
  const { version } = JSON.parse(manifest.body.toString()) as { version: string };
  const gz = await rawGet(`${baseURL}/search/${version}/words.json`, { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.headers['content-type']).toContain('application/json');
  expect(JSON.parse(gunzipSync(gz.body).toString())).toContain('session');

  const again = await rawGet(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers['etag']) });
  expect(again.status).toBe(304);
});
