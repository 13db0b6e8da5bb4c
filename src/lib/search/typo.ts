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

/**
 * Edits allowed for a word of this length: short words have too many one-letter neighbours, so a
 * three-letter word may only have two letters swapped (`kye` is "key"; `sso` stays itself).
 */
function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  return length <= 4 ? 1 : MAX_EDIT_DISTANCE;
}

/** Whether `a` and `b` are the same letters with two neighbours swapped: the commonest slip. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

/** Letters two words share at their start and end: among equally close words, the likelier intent. */
function sharedEnds(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end += 1;
  return start + end;
}

/** Corrects one word against a site's own words: the word itself when it has no likely fix. */
export type WordCorrector = (word: string) => string;

/**
 * A spelling corrector over `vocabulary`, the site's words most frequent first. A word the site
 * does not use is replaced by the site word fewest edits away (up to {@link MAX_EDIT_DISTANCE}, one
 * for words of four letters, a swap for three). Among equally close words a swap of neighbours
 * wins, then the one sharing more of its start and end (`expird` is "expired", not "expire"), then
 * the more frequent. Words with digits, and words with no close match, are left alone. Whether a
 * word should be corrected at all (a real English word should not) is the caller's decision.
 */
export function createCorrector(vocabulary: readonly string[]): WordCorrector {
  const known = new Set(vocabulary);
  const byLength = new Map<number, { word: string; rank: number }[]>();
  vocabulary.forEach((word, rank) => {
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push({ word, rank });
    else byLength.set(word.length, [{ word, rank }]);
  });

  return (word) => {
    const limit = allowedEdits(word.length);
    if (known.has(word) || limit === 0 || /\d/.test(word)) return word;
    if (word.length === 3) {
      return (byLength.get(3) ?? []).find((candidate) => isTransposition(word, candidate.word))?.word ?? word;
    }
    let best: { word: string; rank: number; distance: number; swap: boolean; shared: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate.word, limit);
        if (distance > limit) continue;
        const swap = isTransposition(word, candidate.word);
        const shared = sharedEnds(word, candidate.word);
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance &&
            (swap !== best.swap
              ? swap
              : shared > best.shared || (shared === best.shared && candidate.rank < best.rank)));
        if (better) best = { ...candidate, distance, swap, shared };
      }
    }
    return best?.word ?? word;
  };
}
