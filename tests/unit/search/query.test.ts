import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, queryWords } from '../../../src/lib/search/query.ts';

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
