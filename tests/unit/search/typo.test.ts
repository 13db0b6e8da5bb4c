import { describe, expect, it } from 'vitest';
import { createCorrector, editDistance, MAX_EDIT_DISTANCE } from '../../../src/lib/search/typo.ts';

describe('editDistance', () => {
  it.each([
    ['session', 'session', 0],
    ['sesion', 'session', 1],
    ['sessoin', 'session', 1],
    ['expird', 'expired', 1],
    ['kitten', 'sitting', MAX_EDIT_DISTANCE + 1],
    ['', 'ab', 2],
    ['abc', '', MAX_EDIT_DISTANCE + 1],
    ['revoked', 'revokde', 1],
  ])('%j → %j is %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('gives up past the limit it is given', () => {
    expect(editDistance('authentication', 'authorization', 1)).toBe(2);
    expect(editDistance('authentication', 'authorization', 5)).toBe(4);
  });
});

describe('createCorrector', () => {
  // Most frequent first, as the build writes it.
  const vocabulary = ['session', 'key', 'api', 'expired', 'expire', 'token', 'revoked', 'session_expired', 'less'];
  const correct = createCorrector(vocabulary);

  it.each([
    ['sesion expird', 'session expired', true],
    ['Session Expired', 'session expired', false],
    ['api kye', 'api key', true],
    ['revokde token', 'revoked token', true],
    ['sessionexpired', 'session_expired', true],
    ['tokne', 'token', true],
    ['ab', 'ab', false],
    ['2fa', '2fa', false],
    ['zzzzzz', 'zzzzzz', false],
    ['', '', false],
  ])('%j → %j', (query, expected, changed) => {
    expect(correct(query)).toEqual({ query: expected, changed });
  });

  it('allows one edit only for short words, which have many close neighbours', () => {
    expect(createCorrector(['less', 'key'])('kess').query).toBe('less');
    expect(createCorrector(['keys'])('kxyz').query).toBe('kxyz');
  });

  it('prefers the more frequent of equally close words', () => {
    expect(createCorrector(['cat', 'bat'])('zat').query).toBe('cat');
    expect(createCorrector(['bat', 'cat'])('zat').query).toBe('bat');
  });

  it('prefers the word sharing more of its start and end over a more frequent one', () => {
    expect(createCorrector(['expire', 'expired'])('expird').query).toBe('expired');
  });
});
