import { describe, expect, it } from 'vitest';
import { highlightHref, wordsToHighlight } from '../../../src/lib/search/highlight-link.ts';
import { matchRanges } from '../../../src/lib/search/highlight.ts';

describe('matchRanges', () => {
  const marked = (text: string, words: string[]) => matchRanges(text, words).map(([s, e]) => text.slice(s, e));
  it.each([
    ['Your session expired.', ['session', 'expire'], ['session', 'expired']],
    ['Sessions EXPIRE daily', ['session'], ['Sessions']],
    ['error SESSION_EXPIRED here', ['session_expired'], ['SESSION_EXPIRED']],
    ['session expired', ['session_expired'], ['session', 'expired']],
    ['obsession', ['session'], []],
    ['a b', ['a'], []],
  ])('%j with %j', (text, words, expected) => {
    expect(marked(text, words)).toEqual(expected);
  });
});

describe('highlight links', () => {
  it.each([
    ['/guides/a/', 'session expired', '/guides/a/?highlight=session%20expired'],
    ['/guides/a/#why', 'key', '/guides/a/?highlight=key#why'],
    ['/guides/a/', '   ', '/guides/a/'],
  ])('%s + %j', (url, searched, expected) => {
    expect(highlightHref(url, searched)).toBe(expected);
  });

  it('reads back distinct words of two letters or more', () => {
    expect(wordsToHighlight('?highlight=Session%20session%20a%20401')).toEqual(['session', '401']);
    expect(wordsToHighlight('?q=x')).toEqual([]);
  });
});
