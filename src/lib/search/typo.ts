/** Words shorter than this are never corrected: too many words are one edit from them. */
export const MIN_CORRECTED_LENGTH = 3;

/** Largest number of single-character edits a correction may make. */
export const MAX_EDIT_DISTANCE = 2;

// Rows of the edit-distance table, reused: the corrector compares a typed word with thousands of
// site words, and allocating rows for each comparison would cost more than comparing.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Edits (insert, delete, substitute, or swap two neighbours) turning `a` into `b`, or `limit + 1`
 * as soon as it is known to exceed `limit`. Bounded so that scanning a large vocabulary per typed
 * word stays cheap.
 */
export function editDistance(a: string, b: string, limit = MAX_EDIT_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) {
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** Letter counts are kept in this many buckets (letters beyond share them). */
const BUCKETS = 32;

function countLetters(word: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < word.length; i += 1) {
    const bucket = at + (word.charCodeAt(i) % BUCKETS);
    into[bucket] = Math.min(255, into[bucket]! + 1);
  }
}

/**
 * Edits allowed for a word of this length: short words have too many one-letter neighbours, so a
 * three-letter word may only have two letters swapped (`kye` is "key"; `sso` stays itself).
 */
function allowedEdits(length: number): number {
  if (length < MIN_CORRECTED_LENGTH) return 0;
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
  // Each edit changes the words' letter counts by at most two, so a word whose counts differ from
  // the typed one's by more than twice the edits allowed is skipped without comparing them.
  const letters = new Uint8Array(vocabulary.length * BUCKETS);
  vocabulary.forEach((word, rank) => {
    countLetters(word, letters, rank * BUCKETS);
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push({ word, rank });
    else byLength.set(word.length, [{ word, rank }]);
  });
  const typed = new Uint8Array(BUCKETS);
  const lettersDiffer = (rank: number, limit: number) => {
    let difference = 0;
    for (let k = 0, at = rank * BUCKETS; k < BUCKETS; k += 1, at += 1) {
      difference += Math.abs(typed[k]! - letters[at]!);
      if (difference > 2 * limit) return true;
    }
    return false;
  };

  return (word) => {
    const limit = allowedEdits(word.length);
    if (known.has(word) || limit === 0 || /\d/.test(word)) return word;
    if (word.length === 3) {
      return (byLength.get(3) ?? []).find((candidate) => isTransposition(word, candidate.word))?.word ?? word;
    }
    typed.fill(0);
    countLetters(word, typed, 0);
    let best: { word: string; rank: number; distance: number; swap: boolean; shared: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      for (const candidate of byLength.get(length) ?? []) {
        if (lettersDiffer(candidate.rank, limit)) continue;
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
