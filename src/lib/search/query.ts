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
