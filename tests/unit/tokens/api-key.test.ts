import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_KEY_LENGTH,
  apiKeyChecksum,
  apiKeyFromRandom,
  apiKeyProblems,
  BASE62_ALPHABET,
  crc32,
  isPlaceholderKey,
} from '../../../src/lib/tokens/index.ts';
import { toBase62 } from '../../../src/lib/tokens/api-key.ts';
import { VALID_KEY } from './fixtures.ts';

const base62Char = fc.constantFrom(...BASE62_ALPHABET);
const random30 = fc.array(base62Char, { minLength: 30, maxLength: 30 }).map((chars) => chars.join(''));

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('agrees with zlib for any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(crc32(text)).toBe(zlibCrc32(Buffer.from(text, 'ascii')));
      }),
    );
  });
});

describe('toBase62', () => {
  it.each([
    [0, '000000'],
    [61, '00000z'],
    [62, '000010'],
    [62 ** 2, '000100'],
    [0xffffffff, '4gfFC3'],
  ])('%d is %s', (value, text) => {
    expect(toBase62(value, 6)).toBe(text);
  });
});

describe('the lfk_ key format', () => {
  it('is lfk_sk_ + 30 random + 6 checksum characters, 43 in all', () => {
    expect(VALID_KEY).toMatch(/^lfk_sk_[0-9A-Za-z]{36}$/);
    expect(VALID_KEY).toHaveLength(API_KEY_LENGTH);
    expect(API_KEY_LENGTH).toBe(43);
    expect(VALID_KEY.slice(-6)).toBe(apiKeyChecksum(VALID_KEY.slice(7, 37)));
  });

  it('refuses to make a key from anything but 30 base62 characters', () => {
    expect(() => apiKeyFromRandom('short')).toThrow(RangeError);
    expect(() => apiKeyFromRandom('-'.repeat(30))).toThrow(RangeError);
  });

  const changed = (index: number, character: string) =>
    VALID_KEY.slice(0, index) + character + VALID_KEY.slice(index + 1);

  describe.each([
    ['a valid key', VALID_KEY, []],
    ['a truncated copy', VALID_KEY.slice(0, -3), ['too-short']],
    ['a key with a character more', `${VALID_KEY}x`, ['too-long']],
    ['one mistyped character', changed(10, VALID_KEY[10] === 'a' ? 'b' : 'a'), ['checksum-mismatch']],
    ['a mistyped checksum character', changed(40, VALID_KEY[40] === 'a' ? 'b' : 'a'), ['checksum-mismatch']],
    ['a character outside base62', changed(12, '-'), ['bad-character']],
    ['a publishable key type', VALID_KEY.replace('lfk_sk_', 'lfk_pk_'), ['wrong-type']],
    ['no type at all', 'lfk_abcdef', ['missing-type']],
  ])('%s', (_name, key, codes) => {
    it(`has problems ${JSON.stringify(codes)}`, () => {
      expect(apiKeyProblems(key).map((p) => p.code)).toEqual(codes);
    });
  });

  it('names the position and character that cannot be in a key', () => {
    expect(apiKeyProblems(changed(12, '-'))).toContainEqual({ code: 'bad-character', character: '-', position: 13 });
  });

  it.each([
    ['lfk_sk_your_api_key_here', true],
    ['lfk_sk_...', true],
    ['lfk_sk_xxxxxxxxxxxxxxxx', true],
    ['lfk_sk_<your key>', true],
    ['lfk_sk_********', true],
    [VALID_KEY, false],
  ])('%s is a placeholder: %s', (key, placeholder) => {
    expect(isPlaceholderKey(key)).toBe(placeholder);
  });
});

describe('the lfk_ key format for any random part', () => {
  it('accepts every generated key', () => {
    fc.assert(
      fc.property(random30, (random) => {
        expect(apiKeyProblems(apiKeyFromRandom(random))).toEqual([]);
      }),
    );
  });

  it('rejects every key with one character changed', () => {
    fc.assert(
      fc.property(
        random30,
        fc.integer({ min: 7, max: 42 }),
        fc.integer({ min: 0, max: 127 }),
        (random, index, code) => {
          const key = apiKeyFromRandom(random);
          const replacement = String.fromCharCode(code);
          fc.pre(replacement !== key[index]);
          const mutated = key.slice(0, index) + replacement + key.slice(index + 1);
          expect(apiKeyProblems(mutated)).not.toEqual([]);
        },
      ),
    );
  });
});
