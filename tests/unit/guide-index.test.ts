import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGuideIndex,
  crossGuideProblems,
  errorReference,
  guideCount,
  relatedGuides,
  tagCounts,
  type GuideSummary,
} from '../../src/lib/content/guide-index.ts';

function guide(slug: string, fields: Partial<GuideSummary> = {}): GuideSummary {
  return {
    slug,
    title: slug,
    description: '',
    category: 'troubleshooting',
    tags: [],
    updated: new Date('2026-11-01'),
    errorCodes: [],
    related: [],
    readMinutes: 1,
    ...fields,
  };
}

describe('relatedGuides', () => {
  const base = guide('base', { tags: ['session', 'jwt', 'auth'] });
  const twoTags = guide('two-tags', { tags: ['session', 'jwt'], category: 'security' });
  const oneTagSameCategory = guide('one-same', { tags: ['auth'] });
  const oneTagOtherCategory = guide('one-other', { tags: ['auth'], category: 'security' });
  const oneTagOtherNewer = guide('one-other-newer', {
    tags: ['session'],
    category: 'security',
    updated: new Date('2026-11-20'),
  });
  const unrelated = guide('unrelated', { tags: ['billing'] });
  const all = [base, twoTags, oneTagSameCategory, oneTagOtherCategory, oneTagOtherNewer, unrelated];
  const index = createGuideIndex(all);
  const slugs = (list: GuideSummary[]) => list.map((g) => g.slug);

  it('ranks by shared tags, then same category, then most recently updated', () => {
    expect(slugs(relatedGuides(base, index, 10))).toEqual(['two-tags', 'one-same', 'one-other-newer', 'one-other']);
  });

  it('puts the guides the author listed first, in their order', () => {
    const withRelated = { ...base, related: ['unrelated', 'one-other'] };
    expect(slugs(relatedGuides(withRelated, createGuideIndex([withRelated, ...all.slice(1)]), 3))).toEqual([
      'unrelated',
      'one-other',
      'two-tags',
    ]);
  });

  it('never suggests the guide itself or a guide twice, and stops at the limit', () => {
    const selfish = { ...base, related: ['base', 'two-tags'] };
    const result = relatedGuides(selfish, createGuideIndex([selfish, ...all.slice(1)]), 2);
    expect(slugs(result)).toEqual(['two-tags', 'one-same']);
  });

  it('suggests nothing when no guide shares a tag', () => {
    expect(relatedGuides(unrelated, index)).toEqual([]);
  });
});

describe('guideCount', () => {
  it.each([
    [0, '0 guides'],
    [1, '1 guide'],
    [2, '2 guides'],
    [999, '999 guides'],
    [2_559, '2,559 guides'],
    [10_000, '10,000 guides'],
  ])('%i is "%s"', (count, text) => {
    expect(guideCount(count)).toBe(text);
  });
});

describe('tagCounts', () => {
  it('counts guides per tag, most used first, ties alphabetical', () => {
    const all = [guide('a', { tags: ['jwt', 'auth'] }), guide('b', { tags: ['auth'] }), guide('c', { tags: ['api'] })];
    expect(tagCounts(all)).toEqual([
      { tag: 'auth', count: 2 },
      { tag: 'api', count: 1 },
      { tag: 'jwt', count: 1 },
    ]);
  });
});

describe('errorReference', () => {
  const registry = [
    { code: 'SESSION_EXPIRED', guides: ['b'] },
    { code: 'RATE_LIMITED', guides: ['c', 'a'] },
  ];
  const all = createGuideIndex([
    guide('b', { title: 'B guide', errorCodes: ['SESSION_EXPIRED'] }),
    guide('a', { title: 'A guide', errorCodes: ['SESSION_EXPIRED'] }),
    guide('c', { title: 'C guide' }),
    guide('d', { title: 'D guide', errorCodes: ['SESSION_EXPIRED'] }),
  ]);

  it.each([
    [
      'keeps the registry order and its guides first, then other guides naming the code by title',
      'SESSION_EXPIRED',
      ['B guide', 'A guide', 'D guide'],
    ],
    [
      'lists the guides the registry names even when their frontmatter does not',
      'RATE_LIMITED',
      ['C guide', 'A guide'],
    ],
  ])('%s', (_name, code, titles) => {
    const reference = errorReference(registry, all);
    expect(reference.map((r) => r.entry.code)).toEqual(['SESSION_EXPIRED', 'RATE_LIMITED']);
    expect(reference.find((r) => r.entry.code === code)?.guides.map((g) => g.title)).toEqual(titles);
  });

  it('leaves out a guide the registry names that is not published', () => {
    const [only] = errorReference([{ code: 'SESSION_EXPIRED', guides: ['draft', 'b'] }], all);
    expect(only?.guides.map((g) => g.slug)).toEqual(['b', 'a', 'd']);
  });

  it.each([
    [1, ['B guide']],
    [2, ['B guide', 'A guide']],
    [3, ['B guide', 'A guide', 'D guide']],
    [10, ['B guide', 'A guide', 'D guide']],
  ])('shows at most %i guide(s), the registry’s first, and counts them all', (limit, titles) => {
    const [sessionExpired] = errorReference(registry, all, limit);
    expect(sessionExpired?.guides.map((g) => g.title)).toEqual(titles);
    expect(sessionExpired?.total).toBe(3);
  });
});

describe('crossGuideProblems', () => {
  it('names the file and the missing guide of a related slug that goes nowhere', () => {
    const all = [guide('a', { related: ['b', 'missing'] }), guide('b', { related: ['b'] })];
    expect(crossGuideProblems(all)).toEqual([
      'content/guides/a.md: related: no guide "missing" (content/guides/missing.md)',
      'content/guides/b.md: related lists the guide itself',
    ]);
  });

  it('finds nothing wrong in a consistent set', () => {
    expect(crossGuideProblems([guide('a', { related: ['b'] }), guide('b')])).toEqual([]);
  });
});

describe('relatedGuides on any set of guides', () => {
  /** The obvious definition: score every other guide, sort them all, take the first few. */
  function naiveRelated(target: GuideSummary, all: GuideSummary[], limit: number): string[] {
    const index = createGuideIndex(all);
    const chosen = target.related
      .map((slug) => index.bySlug.get(slug))
      .filter((g): g is GuideSummary => g !== undefined && g !== target)
      .filter((g, i, list) => list.indexOf(g) === i);
    const rest = index.all
      .filter((g) => g !== target && !chosen.includes(g))
      .map((g) => ({ g, shared: g.tags.filter((t) => target.tags.includes(t)).length }))
      .filter(({ shared }) => shared > 0)
      .sort(
        (a, b) =>
          b.shared * 2 +
            Number(b.g.category === target.category) -
            (a.shared * 2 + Number(a.g.category === target.category)) ||
          index.recency.get(a.g)! - index.recency.get(b.g)!,
      )
      .map(({ g }) => g);
    return [...chosen, ...rest].slice(0, limit).map((g) => g.slug);
  }

  it('matches the obvious full sort', () => {
    const tagPool = ['a', 'b', 'c', 'd', 'e'];
    const guides = fc.uniqueArray(
      fc.record({
        slug: fc.constantFrom(...'abcdefghijklmnop'.split('')),
        tags: fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 3 }),
        category: fc.constantFrom('x', 'y'),
        day: fc.integer({ min: 1, max: 28 }),
        related: fc.array(fc.constantFrom(...'abcdefghijklmnop'.split('')), { maxLength: 2 }),
      }),
      { selector: (g) => g.slug, minLength: 1, maxLength: 16 },
    );
    fc.assert(
      fc.property(guides, fc.integer({ min: 1, max: 5 }), (records, limit) => {
        const all = records.map((r) =>
          guide(r.slug, { ...r, updated: new Date(Date.UTC(2026, 10, r.day)), title: r.slug }),
        );
        const index = createGuideIndex(all);
        for (const target of all) {
          expect(relatedGuides(target, index, limit).map((g) => g.slug)).toEqual(naiveRelated(target, all, limit));
        }
      }),
    );
  });
});
