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
  const vocabulary = ['session', 'key', 'api', 'expired', 'expire', 'token', 'revoked', 'less', 'eye'];
  const correct = createCorrector(vocabulary);

  it.each([
    ['sesion', 'session'],
    ['expird', 'expired'],
    ['session', 'session'],
    ['kye', 'key'],
    ['revokde', 'revoked'],
    ['tokne', 'token'],
    ['ab', 'ab'],
    ['2fa', '2fa'],
    ['sso', 'sso'],
    ['zzzzzz', 'zzzzzz'],
    ['', ''],
  ])('%j → %j', (word, expected) => {
    expect(correct(word)).toBe(expected);
  });

  it('allows one edit only for four-letter words and a swap for three-letter ones', () => {
    expect(createCorrector(['less', 'key'])('kess')).toBe('less');
    expect(createCorrector(['keys'])('kxyz')).toBe('kxyz');
    expect(createCorrector(['set'])('sot')).toBe('sot');
  });

  it('prefers a swap of neighbours, then the more frequent of equally close words', () => {
    expect(createCorrector(['eye', 'key'])('kye')).toBe('key');
    expect(createCorrector(['cats', 'bats'])('zats')).toBe('cats');
    expect(createCorrector(['bats', 'cats'])('zats')).toBe('bats');
  });

  it('prefers the word sharing more of its start and end over a more frequent one', () => {
    expect(createCorrector(['expire', 'expired'])('expird')).toBe('expired');
  });
});
