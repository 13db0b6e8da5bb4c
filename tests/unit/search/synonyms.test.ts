import { describe, expect, it } from 'vitest';
import table from '../../../content/search-synonyms.json' with { type: 'json' };
import { searchSynonymsSchema } from '../../../src/schemas/search-synonym.ts';

describe('content/search-synonyms.json', () => {
  it('the site’s table is valid', () => {
    expect(searchSynonymsSchema.safeParse(table).success).toBe(true);
  });

  it.each([
    ['a line with one phrase', [{ phrases: ['sign in'] }], 'at least two phrases'],
    ['capitals', [{ phrases: ['Sign in', 'login'] }], 'lowercase'],
    ['a phrase on two lines', [{ phrases: ['sign in', 'login'] }, { phrases: ['login', 'log on'] }], 'twice'],
    ['an unknown field', [{ phrases: ['sign in', 'login'], note: 'x' }], 'note'],
  ])('refuses %s, saying why', (_name, bad, message) => {
    const parsed = searchSynonymsSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });
});
