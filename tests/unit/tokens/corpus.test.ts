import { describe, expect, it } from 'vitest';
import { errorCodeRegistry } from '../../../src/lib/content/error-codes.ts';
import { analyzeCredential, describeAnalysis } from '../../../src/lib/tokens/index.ts';
import { CORPUS, type CorpusCase } from './corpus.ts';
import { NOW_MS, shownText } from './fixtures.ts';

/** Everything the reader is shown for a paste, as text, with the guides it links to. */
function answer(input: string) {
  const analysis = analyzeCredential(input, NOW_MS, { errorCodes: errorCodeRegistry });
  const guides = describeAnalysis(analysis, NOW_MS).links.flatMap((link) => (link.kind === 'guide' ? [link.slug] : []));
  return { verdict: analysis.verdict, errorCode: analysis.errorCode, text: shownText(analysis, NOW_MS), guides };
}

// Words no answer may ever contain: broken values, and "a" before a vowel sound.
const NEVER = [/NaN/, /Invalid Date/, /undefined/, /\ba (?:[AEIOU]|npm\b)/, /\+0\d{5}/];

function check(c: CorpusCase) {
  const got = answer(c.input);
  expect(got.verdict).toBe(c.verdict);
  for (const word of c.words) expect(got.text).toMatch(typeof word === 'string' ? new RegExp(escape(word)) : word);
  for (const word of c.not ?? [])
    expect(got.text).not.toMatch(typeof word === 'string' ? new RegExp(escape(word)) : word);
  for (const pattern of NEVER) expect(got.text).not.toMatch(pattern);
  if (c.guide) expect(got.guides).toContain(c.guide);
  expect(got.guides.length).toBeGreaterThan(c.verdict === 'empty' ? -1 : 0);
  if (c.errorCode) expect(got.errorCode).toBe(c.errorCode);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(Object.entries(CORPUS))('real-world pastes: %s', (_kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});
