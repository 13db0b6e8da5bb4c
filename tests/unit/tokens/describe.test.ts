import { describe, expect, it } from 'vitest';
import {
  analyzeCredential,
  describeAnalysis,
  describeStripped,
  describeWarning,
} from '../../../src/lib/tokens/index.ts';
import { jwt, NOW, NOW_MS, VALID_KEY } from './fixtures.ts';

const words = (input: string) => describeAnalysis(analyzeCredential(input, NOW_MS), NOW_MS);

describe('what the reader is told', () => {
  it.each([
    ['', /Paste a token or API key/, undefined],
    [jwt({ exp: NOW - 300 }), /expired 5 minutes ago/, /sign in again.*\/app\/api-keys/s],
    [jwt({ exp: NOW - 3 * 86400 }), /expired 3 days ago/, /sign in again/],
    [jwt({ exp: NOW + 1800 }), /valid for another 30 minutes/, /\/app\/api-keys.*lfk_/],
    [jwt({ nbf: NOW + 600, exp: NOW + 4200 }), /not valid until 2026-11-28 12:10:00 UTC \(in 10 minutes\)/, /clock/],
    [jwt({ sub: 'x' }), /never expires, so it is not a Trust Leads session token/, /\/app\/api-keys/],
    [VALID_KEY, /well-formed Trust Leads API key/, /like a password/],
    ['lfk_sk_your_api_key_here', /example key from the docs/, /\/app\/api-keys/],
    ['ghp_' + 'a'.repeat(36), /GitHub personal access token, not a Trust Leads credential/, /rotate it/],
    ['hello', /does not look like a Trust Leads credential/, undefined],
    ['x'.repeat(20_000), /far too long/, undefined],
  ])('%#: %s', (input, headline, nextStep) => {
    const description = words(input);
    expect(description.headline).toMatch(headline);
    if (nextStep) expect(description.nextStep).toMatch(nextStep);
  });

  it('keeps the headline to the minute in the last minute, so it is not announced every second', () => {
    expect(words(jwt({ exp: NOW + 30 })).headline).toBe(
      'This session token is valid, but expires in less than a minute.',
    );
    expect(words(jwt({ exp: NOW - 30 })).headline).toBe('This session token expired less than a minute ago.');
  });

  it('gives the exact expiry time as well as the relative one', () => {
    expect(words(jwt({ exp: NOW - 300 })).details.join(' ')).toContain('2026-11-28 11:55:00 UTC');
  });

  it('says the checker cannot verify a signature', () => {
    expect(words(jwt({ exp: NOW + 60 })).details.join(' ')).toMatch(/cannot verify the signature/);
  });

  it.each([
    [VALID_KEY.slice(0, 30), /30 characters long; a key is 43.*cut off/],
    [VALID_KEY.slice(0, 20) + (VALID_KEY[20] === 'Q' ? 'R' : 'Q') + VALID_KEY.slice(21), /checksum does not match/],
    [VALID_KEY.replace('_sk_', '_pk_'), /type is “pk”/],
    [VALID_KEY.replace('lfk_', 'LFK_'), /starts with “LFK_”/],
  ])('explains what is wrong with a key: %s', (key, explanation) => {
    expect(words(key).details.join(' ')).toMatch(explanation);
  });

  it('explains which part of a broken JWT failed', () => {
    expect(words(jwt({ exp: 'soon' })).details[0]).toBe(
      'The “exp” claim is a string; it must be a number of seconds since 1970.',
    );
    expect(words(jwt({ exp: 'soon' })).headline).toBe('This looks like a JWT, but its payload cannot be read.');
  });
});

describe('warnings and removals in words', () => {
  it.each([
    [{ code: 'alg-none' } as const, /unsigned/],
    [
      { code: 'claim-in-milliseconds', claim: 'exp', yearAsSeconds: 58879 } as const,
      /“exp” looks like milliseconds.*read as seconds it would be the year 58879/,
    ],
    [{ code: 'iat-in-future', seconds: 120 } as const, /issued 2 minutes in the future/],
    [{ code: 'long-lifetime', seconds: 30 * 86400 } as const, /lasts 30 days, far longer than the 1 hour/],
    [{ code: 'clock-skew', seconds: 30 } as const, /expires in less than a minute/],
    [{ code: 'clock-skew', seconds: 0 } as const, /expired less than a minute ago/],
    [{ code: 'clock-skew', seconds: -20 } as const, /expired less than a minute ago/],
    [{ code: 'multiple-credentials', others: 1 } as const, /pasted 2 credentials; only the first/],
  ])('%j', (warning, text) => {
    expect(describeWarning(warning)).toMatch(text);
  });

  it('names the invisible characters it removed', () => {
    const analysis = analyzeCredential(`${VALID_KEY}\u200b`, NOW_MS);
    expect(analysis.verdict).toBe('api-key-valid');
    expect(describeStripped(analysis.stripped[0]!)).toBe(
      'Removed invisible characters: 1 × zero-width space (U+200B). They often come from chat apps or documents and break a token.',
    );
  });
});
