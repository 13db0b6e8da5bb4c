import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOST_HELPFUL, mostHelpful } from '../../../src/lib/feedback/most-helpful.ts';

const published = () => true;
const t = (guide: string, up: number, down: number) => ({ guide, up, down });
const slugs = (list: { guide: string }[]) => list.map((g) => g.guide);

describe('mostHelpful', () => {
  it.each([
    ['no votes at all: keep the fallback', [], []],
    ['three good guides are not enough for a list', [t('a', 20, 0), t('b', 20, 0), t('c', 20, 0)], []],
    [
      'four good guides, best Wilson bound first',
      [t('a', 10, 0), t('b', 90, 10), t('c', 30, 0), t('d', 15, 5)],
      ['c', 'b', 'a', 'd'],
    ],
    [
      'nine votes do not count yet',
      [t('a', 9, 0), t('b', 20, 0), t('c', 20, 0), t('d', 20, 0), t('e', 20, 0)],
      ['b', 'c', 'd', 'e'],
    ],
    [
      'a guide most readers found unhelpful is never "most helpful"',
      [t('bad', 4, 30), t('b', 20, 0), t('c', 20, 0), t('d', 20, 0), t('e', 20, 0)],
      ['b', 'c', 'd', 'e'],
    ],
    [
      'five qualify: four shown, so the grid has no half row',
      [t('a', 50, 0), t('b', 40, 0), t('c', 30, 0), t('d', 20, 0), t('e', 10, 0)],
      ['a', 'b', 'c', 'd'],
    ],
    ['at most six', 'abcdefgh'.split('').map((g, i) => t(g, 100 - i, 0)), ['a', 'b', 'c', 'd', 'e', 'f']],
    [
      'same share: more votes first, then by slug',
      [t('b', 20, 0), t('a', 20, 0), t('c', 40, 0), t('d', 40, 0)],
      ['c', 'd', 'a', 'b'],
    ],
  ])('%s', (_name, tallies, expected) => {
    expect(slugs(mostHelpful(tallies, published))).toEqual(expected);
  });

  it('leaves out guides that are no longer published', () => {
    const tallies = ['gone', 'a', 'b', 'c', 'd'].map((g) => t(g, 30, 0));
    expect(slugs(mostHelpful(tallies, (slug) => slug !== 'gone'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('answers an even count within the limit, every guide with enough votes and a good bound', () => {
    const tally = fc.record({ guide: fc.stringMatching(/^[a-z]{1,6}$/), up: fc.nat(200), down: fc.nat(200) });
    fc.assert(
      fc.property(fc.uniqueArray(tally, { selector: (x) => x.guide, maxLength: 20 }), (tallies) => {
        const list = mostHelpful(tallies, published);
        expect(list.length % 2).toBe(0);
        expect(list.length).toBeLessThanOrEqual(MOST_HELPFUL.limit);
        if (list.length > 0) expect(list.length).toBeGreaterThanOrEqual(MOST_HELPFUL.minGuides);
        for (const g of list) expect(g.total).toBeGreaterThanOrEqual(MOST_HELPFUL.minVotes);
      }),
    );
  });
});
