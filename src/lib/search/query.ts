/** The longest query searched; longer input is cut here rather than refused. */
export const MAX_QUERY_LENGTH = 200;

// Controls and zero-width characters arrive with pasted error messages and match nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const WORD_CHARACTERS = /[\p{L}\p{N}_]+/gu;

/**
 * The query as it is searched and shown: Unicode-normalised (so full-width and composed letters
 * match the index), without control or zero-width characters, whitespace collapsed, trimmed, and
 * cut to {@link MAX_QUERY_LENGTH} characters without splitting a character.
 */
export function normalizeQuery(raw: string): string {
  const clean = raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(clean);
  return characters.length > MAX_QUERY_LENGTH ? characters.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : clean;
}

/** The lowercase words of `text` (letters, digits and underscores), in order. */
export function queryWords(text: string): string[] {
  return (text.toLowerCase().match(WORD_CHARACTERS) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A comparison key for error codes: `SESSION_EXPIRED`, `session expired`, `Session-Expired` and
 * `sessionexpired` all give `SESSIONEXPIRED`.
 */
export function errorCodeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The error code in `codes` that the whole `query` names, case-insensitively and with or without
 * underscores, or `undefined`. A query that merely contains a code's words among others is not one:
 * `session expired` names `SESSION_EXPIRED`, `why is my session expired` does not.
 */
export function matchErrorCode(query: string, codes: readonly string[]): string | undefined {
  const key = errorCodeKey(query);
  if (key.length === 0) return undefined;
  return codes.find((code) => errorCodeKey(code) === key);
}

/**
 * Whether `title` contains the query as a phrase: all its words, in order, next to each other
 * (`session expired` is in "Fixing Session Expired Errors"; `expired session` is not).
 */
export function titleHasPhrase(title: string, query: string): boolean {
  const phrase = queryWords(query.replaceAll('_', ' '));
  if (phrase.length === 0) return false;
  const words = queryWords(title.replaceAll('_', ' '));
  outer: for (let start = 0; start + phrase.length <= words.length; start += 1) {
    for (let i = 0; i < phrase.length; i += 1) if (words[start + i] !== phrase[i]) continue outer;
    return true;
  }
  return false;
}
