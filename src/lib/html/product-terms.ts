/** What a page may name: the glossary's terms and the registry's error codes. */
export interface KnownTerms {
  /** `lfk_` strings: the prefixes and the docs' placeholder. */
  keyTerms: ReadonlySet<string>;
  /** UPPER_SNAKE names: documented error codes and the glossary's variable name. */
  constants: ReadonlySet<string>;
}

const INVISIBLE = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;
// Highlighted code splits one word over several spans, so inline tags join; block tags separate.
const INLINE_TAG = /<\/?(?:span|em|strong|b|i|mark|kbd|sub|sup)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const READ_ATTRIBUTE = /\s(?:content|alt|title|aria-label|placeholder)="([^"]*)"/gi;
const KEY_TERM = /lfk_[A-Za-z0-9_]*/g;
const UPPER_SNAKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The words a reader (or a link preview) sees in `html`: text and readable attributes, no scripts. */
export function readableText(html: string): string {
  const withoutScripts = html.replace(INVISIBLE, ' ');
  const attributes = [...withoutScripts.matchAll(READ_ATTRIBUTE)].map((m) => m[1] ?? '');
  const text = withoutScripts.replace(INLINE_TAG, '').replace(ANY_TAG, ' ');
  return decodeEntities([text, ...attributes].join(' '));
}

/**
 * The product terms in `html` that nobody documented: an `lfk_` string that is not a glossary
 * term (a second placeholder, a real-looking key) and an UPPER_SNAKE name that is neither an error
 * code in the registry nor a glossary term (an invented error code, a second variable name).
 * Each term once, in order of first appearance.
 */
export function unknownProductTerms(html: string, known: KnownTerms): string[] {
  const text = readableText(html);
  const unknown = new Set<string>();
  for (const [term] of text.matchAll(KEY_TERM)) if (!known.keyTerms.has(term)) unknown.add(term);
  for (const [term] of text.matchAll(UPPER_SNAKE)) if (!known.constants.has(term)) unknown.add(term);
  return [...unknown];
}
