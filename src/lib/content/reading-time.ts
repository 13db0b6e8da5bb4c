/**
 * Words per minute for help-center prose. Readers of troubleshooting guides read slowly and switch
 * to the app between steps, so this is well below the 200-250 wpm usually quoted for narrative
 * text. At 150 the source article (about 390 words) reads "3 min", as it does in the product.
 */
export const WORDS_PER_MINUTE = 150;

/** A Markdown file's frontmatter: the opening and closing `---` lines and the YAML between them. */
export const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
// Fenced code is excluded from the count: readers scan or copy it rather than read it word by word.
const FENCED_CODE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1?\2[`~]*[ \t]*(?=\n|$)|$)/gm;
const ESM_LINE = /^(?:import|export)\s[^\n]*$/gm;
const MDX_EXPRESSION = /\{[^{}]*\}/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The text a reader reads in an MDX guide body: prose, headings, list items, callouts and inline
 * code, but not frontmatter, fenced code blocks, import/export lines, JSX tags or link URLs.
 */
export function proseText(mdxSource: string): string {
  // A pass runs only where its mark is: ten thousand guides are read this way twice a build.
  const pass = (text: string, marks: string[], pattern: RegExp, replacement: string) =>
    marks.some((mark) => text.includes(mark)) ? text.replace(pattern, replacement) : text;
  let text = mdxSource.startsWith('---') ? mdxSource.replace(FRONTMATTER, '') : mdxSource;
  text = pass(text, ['```', '~~~'], FENCED_CODE, ' ');
  text = pass(text, ['import', 'export'], ESM_LINE, ' ');
  text = pass(text, ['{'], MDX_EXPRESSION, ' ');
  text = pass(text, ['!['], IMAGE, ' ');
  text = pass(text, [']('], LINK, '$1');
  return pass(text, ['<'], TAG, ' ');
}

/** Counts the words of {@link proseText}. */
export function countProseWords(mdxSource: string): number {
  let words = 0;
  for (const token of proseText(mdxSource).split(/\s+/)) {
    if (WORD.test(token)) words += 1;
  }
  return words;
}

/** Minutes to read `words` words: rounded up, and never less than one. */
export function readMinutes(words: number): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
