import { tokens } from './pipeline.ts';
import { STOP_WORDS } from './stop-words.ts';

/** At most this many words are kept, the most frequent, so the file stays small at any site size. */
export const VOCABULARY_LIMIT = 20_000;

/**
 * The site's words for spelling correction, most frequent first (ties alphabetical, so builds are
 * reproducible): lowercase words of three or more characters with at least one letter. Numbers,
 * fragments and stop-words are left out: nobody means "same" when they type `saml`.
 */
export function buildVocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokens(text)) {
      if (word.length < 3 || !/\p{L}/u.test(word) || STOP_WORDS.has(word) || word.includes("'")) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}
