import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countProseWords, readMinutes, WORDS_PER_MINUTE } from '../../src/lib/content/reading-time.ts';

describe('countProseWords', () => {
  it.each([
    ['plain prose', 'One two three.', 3],
    ['frontmatter is not read', '---\ntitle: A B C\n---\n\nOne two.', 2],
    ['headings and list items count', '## Why it fails\n\n- first item\n- second', 6],
    ['fenced code is excluded', 'Run this:\n\n```bash\nnpm install some package here\n```\n\nDone.', 3],
    ['tilde fences are excluded', 'Before\n\n~~~\ncode words here\n~~~\n\nafter', 2],
    ['JSX tags are dropped, their text kept', '<Callout type="tip">\n\nCheck your cookies.\n\n</Callout>', 3],
    ['self-closing components add nothing', 'Paste it here:\n\n<TokenChecker />', 3],
    ['import lines are not prose', "import X from './x.astro';\n\nHello there.", 2],
    ['link text counts, URLs do not', 'See [the key guide](/guides/creating-and-rotating-api-keys/) now.', 5],
    ['images are not read', 'Look ![a screenshot of the page](/img.png) here', 2],
    ['inline code counts as a word', 'Use the `lfk_` prefix.', 4],
    ['punctuation alone is not a word', 'Sessions — tokens — keys', 3],
    ['MDX expressions are not prose', 'Text {/* a comment */} more', 2],
    ['empty body', '', 0],
  ])('%s', (_name, source, expected) => {
    expect(countProseWords(source)).toBe(expected);
  });
});

describe('readMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [390, 3],
    [1000, 7],
    [-5, 1],
    [Number.NaN, 1],
  ])('%d words read in %d min', (words, minutes) => {
    expect(readMinutes(words)).toBe(minutes);
  });
});

describe('the source article', () => {
  it('reads "3 min", as the published article says', () => {
    const guide = readFileSync('content/guides/fixing-session-expired-errors.md', 'utf8');
    expect(readMinutes(countProseWords(guide))).toBe(3);
  });

  it('keeps about the words of the published text', () => {
    const guide = readFileSync('content/guides/fixing-session-expired-errors.md', 'utf8');
    const words = countProseWords(guide);
    expect(words).toBeGreaterThan(330);
    expect(words).toBeLessThan(430);
  });
});
