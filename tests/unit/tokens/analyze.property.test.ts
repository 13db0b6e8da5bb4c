import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeCredential,
  apiKeyFromRandom,
  BASE62_ALPHABET,
  describeAnalysis,
  describeStripped,
  describeWarning,
  type Verdict,
} from '../../../src/lib/tokens/index.ts';
import { jwt, NOW, NOW_MS } from './fixtures.ts';

const VERDICTS: readonly Verdict[] = [
  'empty',
  'jwt-expired',
  'jwt-valid',
  'jwt-not-yet-valid',
  'jwt-no-expiry',
  'jwt-malformed',
  'jwe',
  'api-key-valid',
  'api-key-malformed',
  'api-key-placeholder',
  'other-credential',
  'unrecognized',
  'too-long',
];

// Inputs shaped like what people paste, so the generator reaches the interesting branches.
const tokenish = fc.oneof(
  fc.string({ maxLength: 20_000 }),
  fc.string({ unit: 'grapheme', maxLength: 2_000 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc
    .tuple(
      fc.constantFrom('eyJ', 'lfk_', 'lfk_sk_', 'LFK_', 'Bearer eyJ', 'ghp_', 'a=b; '),
      fc.string({ maxLength: 300 }),
    )
    .map(([prefix, rest]) => prefix + rest),
  fc.array(fc.base64String({ maxLength: 80 }), { minLength: 1, maxLength: 6 }).map((parts) => 'eyJ' + parts.join('.')),
  fc.jsonValue().map((payload) => jwt({ data: payload, exp: NOW + 60 })),
);

describe('the analyser on any input', () => {
  it('never throws, always returns a known verdict, and can always describe it', () => {
    fc.assert(
      fc.property(tokenish, fc.integer({ min: 0, max: 4_102_444_800_000 }), (input, now) => {
        const analysis = analyzeCredential(input, now);
        expect(VERDICTS).toContain(analysis.verdict);
        expect(describeAnalysis(analysis, now).headline.length).toBeGreaterThan(0);
        for (const warning of analysis.warnings) expect(describeWarning(warning).length).toBeGreaterThan(0);
        for (const item of analysis.stripped) expect(describeStripped(item).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('calls anything over 16 KB too long', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16 * 1024 + 1, maxLength: 20_000 }), (input) => {
        expect(analyzeCredential(input, NOW_MS).verdict).toBe('too-long');
      }),
      { numRuns: 20 },
    );
  });
});

describe('generated credentials', () => {
  const random30 = fc
    .array(fc.constantFrom(...BASE62_ALPHABET), { minLength: 30, maxLength: 30 })
    .map((c) => c.join(''));

  it('every generated API key is api-key-valid', () => {
    fc.assert(
      fc.property(random30, (random) => {
        expect(analyzeCredential(apiKeyFromRandom(random), NOW_MS).verdict).toBe('api-key-valid');
      }),
    );
  });

  it('no API key with one character changed is api-key-valid', () => {
    fc.assert(
      fc.property(
        random30,
        fc.integer({ min: 0, max: 42 }),
        fc.constantFrom(...BASE62_ALPHABET, '-', '_', '.', 'é'),
        (random, index, replacement) => {
          const key = apiKeyFromRandom(random);
          fc.pre(key[index] !== replacement);
          const mutated = key.slice(0, index) + replacement + key.slice(index + 1);
          expect(analyzeCredential(mutated, NOW_MS).verdict).not.toBe('api-key-valid');
        },
      ),
    );
  });

  const claims = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['exp', 'nbf', 'iat', '__proto__'].includes(k)),
    fc.jsonValue(),
    { maxKeys: 5 },
  );

  it('every JWT with a future exp is jwt-valid', () => {
    fc.assert(
      fc.property(claims, fc.integer({ min: 1, max: 10 * 365 * 86400 }), (extra, ahead) => {
        expect(analyzeCredential(jwt({ ...extra, exp: NOW + ahead }), NOW_MS).verdict).toBe('jwt-valid');
      }),
    );
  });

  it('every JWT with a past exp is jwt-expired', () => {
    fc.assert(
      fc.property(claims, fc.integer({ min: 0, max: NOW }), (extra, ago) => {
        expect(analyzeCredential(jwt({ ...extra, exp: NOW - ago }), NOW_MS).verdict).toBe('jwt-expired');
      }),
    );
  });
});
