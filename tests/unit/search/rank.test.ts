import { describe, expect, it } from 'vitest';
import { exactMatchScore, rankExactFirst } from '../../../src/lib/search/rank.ts';

const fixing = { title: 'Fixing Session Expired Errors', codes: ['SESSION_EXPIRED'] };
const staying = { title: 'Staying Signed In', codes: ['SESSION_EXPIRED'] };
const loops = { title: 'Sign-In Loops', codes: [] };
const keys = { title: 'Creating API Keys', codes: ['INVALID_API_KEY'] };

describe('exactMatchScore', () => {
  it.each([
    ['SESSION_EXPIRED', fixing, 2],
    ['session expired', fixing, 2],
    ['session expired', staying, 1],
    ['session expired', loops, 0],
    ['creating api keys', keys, 1],
    ['invalid api key', keys, 1],
    ['keys', keys, 1],
  ])('%j on %j scores %d', (query, hit, expected) => {
    expect(exactMatchScore(query, hit)).toBe(expected);
  });
});

describe('rankExactFirst', () => {
  it('puts the guide with the code and the phrase in its title first', () => {
    expect(rankExactFirst('SESSION_EXPIRED', [loops, staying, fixing]).map((h) => h.title)).toEqual([
      fixing.title,
      staying.title,
      loops.title,
    ]);
  });

  it('keeps the engine order when nothing matches exactly', () => {
    expect(rankExactFirst('cookies', [keys, loops, staying])).toEqual([keys, loops, staying]);
  });
});
