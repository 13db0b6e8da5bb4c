import { describe, expect, it } from 'vitest';
import { chooseWitnesses, MAX_QUICK_GUIDES, planGuideChanges, planPages } from '../../../src/lib/build/quick-plan.ts';

const a = 'content/guides/a.md';
const b = 'content/guides/b.md';
const c = 'content/guides/c.md';

describe('planGuideChanges', () => {
  it.each([
    ['nothing changed', { [a]: '1', [b]: '2' }, { [a]: '1', [b]: '2' }, { [a]: '1', [b]: '2' }, [], []],
    ['one guide edited', { [a]: '1', [b]: '2' }, { [a]: '1', [b]: '2' }, { [a]: '1', [b]: '3' }, [b], [b]],
    // The kit holds the full build's data, so every guide edited since then is patched in again,
    // while only the ones edited since the last quick rebuild changed what dist/ shows.
    [
      'edited again after a quick rebuild',
      { [a]: '1', [b]: '2' },
      { [a]: '1', [b]: '3' },
      { [a]: '4', [b]: '3' },
      [a, b],
      [a],
    ],
    ['edited back to how the full build had it', { [a]: '1' }, { [a]: '5' }, { [a]: '1' }, [], [a]],
  ])('%s', (_name, full, last, now, sinceFullBuild, sinceLastBuild) => {
    expect(planGuideChanges(full, last, now)).toEqual({ quick: true, sinceFullBuild, sinceLastBuild });
  });

  it.each([
    ['a guide added', { [a]: '1' }, { [a]: '1', [c]: '9' }, /added \(content\/guides\/c\.md\)/],
    ['a guide removed', { [a]: '1', [b]: '2' }, { [a]: '1' }, /removed \(content\/guides\/b\.md\)/],
  ])('%s needs a full build', (_name, full, now, reason) => {
    const plan = planGuideChanges(full, full, now);
    expect(plan.quick).toBe(false);
    expect(!plan.quick && plan.reason).toMatch(reason);
  });

  it('more edits than a quick rebuild takes need a full build', () => {
    const files = Array.from({ length: MAX_QUICK_GUIDES + 1 }, (_, i) => `content/guides/g${i}.md`);
    const before = Object.fromEntries(files.map((file) => [file, 'old']));
    const after = Object.fromEntries(files.map((file) => [file, 'new']));
    expect(planGuideChanges(before, before, after)).toEqual({
      quick: false,
      reason: `${MAX_QUICK_GUIDES + 1} guides changed (a quick rebuild takes up to ${MAX_QUICK_GUIDES})`,
    });
    const fewer = { ...after, [files[0]!]: 'old' };
    expect(planGuideChanges(before, before, fewer).quick).toBe(true);
  });
});

describe('planPages', () => {
  const built = { '/guides/a': { cacheKey: 'ka' }, '/guides/b': { cacheKey: 'kb' }, '/tags/x': { cacheKey: 'kx' } };

  it('renders again the pages whose key changed and every page without a key', () => {
    expect(
      planPages(built, [
        { pathname: '/guides/a', cacheKey: 'ka' },
        { pathname: '/guides/b', cacheKey: 'kb2' },
        { pathname: '/tags/x', cacheKey: 'kx' },
        { pathname: '/' },
        { pathname: '/rss.xml' },
      ]),
    ).toEqual({ quick: true, render: ['/guides/b', '/', '/rss.xml'], unchanged: ['/guides/a', '/tags/x'] });
  });

  it.each([
    [
      'a page would be added (a new tag)',
      [
        ...Object.entries(built).map(([pathname, { cacheKey }]) => ({ pathname, cacheKey })),
        { pathname: '/tags/y', cacheKey: 'ky' },
      ],
      'the page /tags/y would be added',
    ],
    [
      'a page would be removed (the last guide left a tag)',
      [
        { pathname: '/guides/a', cacheKey: 'ka' },
        { pathname: '/guides/b', cacheKey: 'kb' },
      ],
      'the page /tags/x would be removed',
    ],
  ])('%s needs a full build', (_name, paths, reason) => {
    expect(planPages(built, paths)).toEqual({ quick: false, reason });
  });
});

describe('chooseWitnesses', () => {
  const sources: Record<string, string> = {
    'content/guides/a.md': 'Plain prose.',
    'content/guides/b.md': '## A heading\n\nSee [this](/guides/a/).',
    'content/guides/c.md': '```sh\ncurl\n```',
    'content/guides/d.md': '<Callout type="tip">\n\nTip.\n\n</Callout>\n\n| a | b |\n| - | - |',
    'content/guides/e.md': '```sh\nmore code\n```\n\n## Another heading',
  };
  const reads: string[] = [];
  const read = (file: string) => {
    reads.push(file);
    return sources[file]!;
  };

  it('takes the first guide and the first showing each kind of Markdown, reading no further than needed', () => {
    expect(chooseWitnesses(Object.keys(sources).reverse(), read)).toEqual([
      'content/guides/a.md',
      'content/guides/b.md',
      'content/guides/c.md',
      'content/guides/d.md',
    ]);
    expect(reads).not.toContain('content/guides/e.md');
  });

  it('takes the first guide alone when none shows any of them, and none when there are none', () => {
    expect(chooseWitnesses(['content/guides/z.md', 'content/guides/a.md'], () => 'Prose.')).toEqual([
      'content/guides/a.md',
    ]);
    expect(chooseWitnesses([], read)).toEqual([]);
  });
});
