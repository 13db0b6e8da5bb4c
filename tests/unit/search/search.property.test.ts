import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, queryWords } from '../../../src/lib/search/query.ts';
import { excerpt } from '../../../src/lib/search/engine.ts';
import { planQuery } from '../../../src/lib/search/pipeline.ts';
import { createCorrector } from '../../../src/lib/search/typo.ts';

const vocabulary = ['session', 'expired', 'key', 'token', 'revoked', 'session_expired'];
const correct = createCorrector(vocabulary);

describe('search input is whatever a reader types or pastes', () => {
  it('normalising never throws, is idempotent and stays within the length limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const once = normalizeQuery(raw);
        expect(normalizeQuery(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(once).toBe(once.trim());
      }),
    );
  });

  it('correction gives back the word itself or one of the site’s own words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        for (const word of queryWords(raw)) {
          const corrected = correct(word);
          expect(corrected === word || vocabulary.includes(corrected)).toBe(true);
        }
      }),
    );
  });

  it('excerpts of any text come back as non-empty runs, alternating marked and not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 10 }), (text, word) => {
        const parts = excerpt(text, (candidate) => candidate === word.toLowerCase());
        for (const [i, part] of parts.entries()) {
          expect(part.text.length).toBeGreaterThan(0);
          if (i > 0) expect(part.marked).not.toBe(parts[i - 1]!.marked);
        }
      }),
    );
  });

  it('planning any query never throws, and every concept has something to search', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        const plan = planQuery(raw, ['SESSION_EXPIRED']);
        for (const concept of plan.concepts) {
          expect(concept.alternatives.length).toBeGreaterThan(0);
          for (const terms of concept.alternatives) expect(terms.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
