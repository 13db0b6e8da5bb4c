import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodeRegistry } from '../../../src/lib/content/error-codes.ts';
import {
  analyzeCredential,
  apiKeyFromRandom,
  BASE62_ALPHABET,
  describeAnalysis,
  describeStripped,
  describeWarning,
  VERDICTS,
} from '../../../src/lib/tokens/index.ts';
import { jwt, NOW, NOW_MS, shownText } from './fixtures.ts';

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
  // Times of every size and sign, in seconds or milliseconds, fractional or not.
  fc
    .record({
      exp: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(NOW * 1000)),
      iat: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e15, max: 1e15 })),
      nbf: fc.integer({ min: 0, max: 4e14 }),
    })
    .map((claims) => jwt(claims)),
  // What readers wrap credentials in, around random text.
  fc
    .tuple(
      fc.constantFrom(
        'curl -H "Authorization: Bearer ',
        'export KEY=',
        '{"error":{"code":"',
        'HTTP/1.1 401\n\n',
        '```\n',
        '\u202e',
      ),
      fc.string({ maxLength: 200 }),
      fc.constantFrom('"', '"}}', '\n```', '.', ''),
    )
    .map(([before, middle, after]) => before + middle + after),
);

describe('the analyser on any input', () => {
  it('never throws, always returns a known verdict, and can always describe it', () => {
    fc.assert(
      fc.property(tokenish, fc.integer({ min: 0, max: 4_102_444_800_000 }), (input, now) => {
        const analysis = analyzeCredential(input, now, { errorCodes: errorCodeRegistry });
        expect(VERDICTS).toContain(analysis.verdict);
        expect(describeAnalysis(analysis, now).headline.length).toBeGreaterThan(0);
        for (const warning of analysis.warnings) expect(describeWarning(warning).length).toBeGreaterThan(0);
        for (const item of analysis.stripped) expect(describeStripped(item).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never shows NaN, Invalid Date, undefined or a date past the year 9999', () => {
    fc.assert(
      fc.property(tokenish, fc.integer({ min: 0, max: 4_102_444_800_000 }), (input, now) => {
        const text = shownText(analyzeCredential(input, now, { errorCodes: errorCodeRegistry }), now);
        expect(text).not.toMatch(/NaN|Invalid Date|undefined|Infinity/);
        // A date is written with a four-digit year; a later one is said in words ("after the year 9999").
        expect(text).not.toMatch(/[+-]?\d{5,}-\d\d-\d\d|\b\d{5,}(?:, | \d\d:)/);
        // Only the milliseconds warning names a farther year, as what the number would mean in seconds.
        for (const [, year] of text.matchAll(/year (\d+)/g)) {
          if (Number(year) > 9999) expect(text).toMatch(new RegExp(`read as seconds it would be the year ${year}`));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never answers both “expired” and “expires in”', () => {
    fc.assert(
      fc.property(fc.integer({ min: -120, max: 120 }), (offset) => {
        const text = shownText(analyzeCredential(jwt({ iat: NOW - 3600, exp: NOW + offset }), NOW_MS), NOW_MS);
        expect(/\bexpired\b/.test(text) && /\bexpires in\b/.test(text)).toBe(false);
      }),
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
