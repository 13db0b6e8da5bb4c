const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Where the searched `words` occur in `text`: the `[start, end)` ranges of each word of the text
 * that begins with one of them, case-insensitively (so `expire` marks "expired", as search found
 * it). An error code also marks its parts: `session_expired` marks "session expired".
 */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = [...new Set(words.flatMap((word) => [word, ...word.split('_')]))]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 2);
  if (wanted.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (wanted.some((w) => word.startsWith(w))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
