import { describe, expect, it } from 'vitest';
import {
  errorCodeKey,
  matchErrorCode,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryWords,
  titleHasPhrase,
} from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['trims and collapses whitespace', '  session \t\n expired  ', 'session expired'],
    ['drops zero-width and control characters', 'session\u200b\u0007expired', 'session expired'],
    ['folds full-width letters', 'ＳＥＳＳＩＯＮ', 'SESSION'],
    ['keeps case and punctuation for display', 'Why 401?', 'Why 401?'],
    ['empty stays empty', '   ', ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    const long = '🔑'.repeat(MAX_QUERY_LENGTH + 5);
    const normalized = normalizeQuery(long);
    expect(Array.from(normalized)).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalized).toBe('🔑'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('queryWords', () => {
  it.each([
    ['Fixing Session Expired Errors', ['fixing', 'session', 'expired', 'errors']],
    ['SESSION_EXPIRED!', ['session_expired']],
    ['401 — unauthorized?', ['401', 'unauthorized']],
    ['___ ...', []],
  ])('%s', (text, expected) => {
    expect(queryWords(text)).toEqual(expected);
  });
});

describe('error code detection', () => {
  const codes = ['SESSION_EXPIRED', 'INVALID_API_KEY', 'API_KEY_REVOKED'];
  it.each([
    ['SESSION_EXPIRED', 'SESSION_EXPIRED'],
    ['session_expired', 'SESSION_EXPIRED'],
    ['session expired', 'SESSION_EXPIRED'],
    ['Session-Expired', 'SESSION_EXPIRED'],
    ['sessionexpired', 'SESSION_EXPIRED'],
    ['  invalid api key ', 'INVALID_API_KEY'],
    ['why is my session expired', undefined],
    ['session', undefined],
    ['', undefined],
    ['api key revoked', 'API_KEY_REVOKED'],
  ])('%j names %s', (query, expected) => {
    expect(matchErrorCode(query, codes)).toBe(expected);
  });

  it('keys ignore case and separators', () => {
    expect(errorCodeKey('api_key-Revoked')).toBe('APIKEYREVOKED');
  });
});

describe('titleHasPhrase', () => {
  const title = 'Fixing Session Expired Errors';
  it.each([
    ['session expired', true],
    ['SESSION_EXPIRED', true],
    ['fixing session expired errors', true],
    ['Fixing  SESSION expired', true],
    ['expired session', false],
    ['session errors', false],
    ['sess', false],
    ['', false],
  ])('%j → %s', (query, expected) => {
    expect(titleHasPhrase(title, query)).toBe(expected);
  });
});
