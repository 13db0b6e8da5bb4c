import { queryWords } from './query.ts';

/** Largest number of single-character edits a correction may make. */
export const MAX_EDIT_DISTANCE = 2;

/**
 * Edits (insert, delete, substitute, or swap two neighbours) turning `a` into `b`, or `limit + 1`
 * as soon as it is known to exceed `limit`. Bounded so that scanning a large vocabulary per typed
 * word stays cheap.
 */
export function editDistance(a: string, b: string, limit = MAX_EDIT_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** Edits allowed for a word of this length: short words have too many one-letter neighbours. */
function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  return length <= 4 ? 1 : MAX_EDIT_DISTANCE;
}

/** Letters two words share at their start and end: among equally close words, the likelier intent. */
function sharedEnds(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end += 1;
  return start + end;
}

/** A query after spelling correction. */
export interface Correction {
  /** The corrected query: its words, lowercase, separated by single spaces. */
  query: string;
  /** Whether any word was replaced. */
  changed: boolean;
}

/** Corrects queries against a site's own words. */
export type Corrector = (query: string) => Correction;

/**
 * A spelling corrector over `vocabulary`, the site's words most frequent first. Each query word
 * the site does not use is replaced by the site word fewest edits away (up to
 * {@link MAX_EDIT_DISTANCE}, or one for words of three or four letters). Among equally close words
 * the one sharing more of its start and end wins (`expird` is "expired", not "expire"), then the
 * more frequent. Words with digits, and words with no close match, are left alone.
 */
export function createCorrector(vocabulary: readonly string[]): Corrector {
  const known = new Set(vocabulary);
  const byLength = new Map<number, { word: string; rank: number }[]>();
  vocabulary.forEach((word, rank) => {
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push({ word, rank });
    else byLength.set(word.length, [{ word, rank }]);
  });

  function correctWord(word: string): string {
    const limit = allowedEdits(word.length);
    if (known.has(word) || limit === 0 || /\d/.test(word)) return word;
    let best: { word: string; rank: number; distance: number; shared: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate.word, limit);
        if (distance > limit) continue;
        const shared = sharedEnds(word, candidate.word);
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance &&
            (shared > best.shared || (shared === best.shared && candidate.rank < best.rank)));
        if (better) best = { ...candidate, distance, shared };
      }
    }
    return best?.word ?? word;
  }

  return (query) => {
    const words = queryWords(query);
    const corrected = words.map(correctWord);
    return { query: corrected.join(' '), changed: corrected.some((word, i) => word !== words[i]) };
  };
}
