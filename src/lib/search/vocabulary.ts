import { tokens } from './pipeline.ts';
import { STOP_WORDS } from './stop-words.ts';

/** At most this many words are kept, the most frequent, so the file stays small at any site size. */
export const VOCABULARY_LIMIT = 20_000;

/**
 * How often each word of `texts` that spelling correction may suggest occurs: lowercase words of
 * three or more characters with at least one letter. Numbers, fragments and stop-words are left
 * out: nobody means "same" when they type `saml`.
 */
export function countVocabularyWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokens(text)) {
      if (word.length < 3 || !/\p{L}/u.test(word) || STOP_WORDS.has(word) || word.includes("'")) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The most frequent words over all the counts, most frequent first (ties alphabetical, so builds are reproducible). */
export function rankVocabulary(counted: Iterable<ReadonlyMap<string, number>>, limit = VOCABULARY_LIMIT): string[] {
  const totals = new Map<string, number>();
  for (const counts of counted) {
    for (const [word, count] of counts) totals.set(word, (totals.get(word) ?? 0) + count);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}

/** The site's words for spelling correction, most frequent first (see {@link countVocabularyWords}). */
export function buildVocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT): string[] {
  return rankVocabulary([countVocabularyWords(texts)], limit);
}
