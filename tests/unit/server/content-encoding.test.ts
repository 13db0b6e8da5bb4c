import { describe, expect, it } from 'vitest';
import { chooseEncoding, type Encoding } from '../../../src/server/static/content-encoding.ts';

const both = new Set<Encoding>(['br', 'gzip']);

describe('chooseEncoding', () => {
  it.each([
    [undefined, both, undefined],
    ['', both, undefined],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['BR;Q=0.5', both, 'br'],
    ['*', both, 'br'],
    ['*, br;q=0', both, 'gzip'],
    ['identity', both, undefined],
    ['gzip;q=0', both, undefined],
    ['br', new Set<Encoding>(['gzip']), undefined],
    ['gzip;q=abc', both, undefined],
  ] as const)('%j with %j → %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
