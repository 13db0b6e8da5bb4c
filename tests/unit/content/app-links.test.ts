import { describe, expect, it } from 'vitest';
import { appHref, splitAppPaths } from '../../../src/lib/content/app-links.ts';

const APP = 'https://trustleads.ai/';

describe('appHref', () => {
  it.each([
    ['/app/api-keys', 'https://trustleads.ai/', 'https://trustleads.ai/app/api-keys'],
    ['/app/api-keys', 'https://trustleads.ai', 'https://trustleads.ai/app/api-keys'],
    ['/app/api-keys', 'https://example.com/tenant/', 'https://example.com/tenant/app/api-keys'],
  ])('%s under %s', (path, appUrl, expected) => {
    expect(appHref(path, appUrl)).toBe(expected);
  });
});

describe('splitAppPaths', () => {
  it.each([
    ['no path', 'Sign in again.', [{ text: 'Sign in again.' }]],
    [
      'a path mid-sentence',
      'create a key at /app/api-keys and send it',
      [{ text: 'create a key at ' }, { text: '/app/api-keys', href: `${APP}app/api-keys` }, { text: ' and send it' }],
    ],
    ['a longer path is not the known one', 'see /app/api-keys-old', [{ text: 'see /app/api-keys-old' }]],
    ['a path inside another path is not linked', 'x/app/api-keys', [{ text: 'x/app/api-keys' }]],
    ['only the path', '/app/api-keys', [{ text: '/app/api-keys', href: `${APP}app/api-keys` }]],
    [
      'a path before a full stop',
      'Open /app/api-keys.',
      [{ text: 'Open ' }, { text: '/app/api-keys', href: `${APP}app/api-keys` }, { text: '.' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitAppPaths(text, ['/app/api-keys'], APP)).toEqual(expected);
  });
});
