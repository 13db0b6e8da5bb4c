import { describe, expect, it } from 'vitest';
import { mostRecommended } from '../../../src/lib/search/popular.ts';
import { buildVocabulary } from '../../../src/lib/search/vocabulary.ts';

describe('buildVocabulary', () => {
  it('lists words most frequent first, alphabetical on ties', () => {
    expect(buildVocabulary(['key key session', 'token key session', 'api'])).toEqual([
      'key',
      'session',
      'api',
      'token',
    ]);
  });

  it('leaves out short words, numbers and stop-words, and splits error codes into words', () => {
    expect(buildVocabulary(['an 401 2026 SESSION_EXPIRED ok same'])).toEqual(['expired', 'session']);
  });

  it('keeps only the most frequent words past the limit', () => {
    expect(buildVocabulary(['aaa aaa bbb ccc ccc ccc'], 2)).toEqual(['ccc', 'aaa']);
  });
});

describe('mostRecommended', () => {
  it('ranks guides by how many others recommend them, keeping order on ties', () => {
    const guides = [
      { slug: 'a', related: ['c'] },
      { slug: 'b', related: ['c', 'a'] },
      { slug: 'c', related: [] },
      { slug: 'd', related: [] },
    ];
    expect(mostRecommended(guides, 3).map((g) => g.slug)).toEqual(['c', 'a', 'b']);
  });
});
