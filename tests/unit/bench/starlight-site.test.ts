// The Starlight side of the build benchmark must build the same guides: each rule of the
// translation from our guide source to a Starlight page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticGuide } from '../../../bench/generate-guides.ts';
import { toStarlightPage } from '../../../bench/starlight-site.ts';

function frontmatterKeys(page: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(page)?.[1] ?? '';
  return frontmatter.split('\n').map((line) => line.split(':')[0]!);
}

describe('toStarlightPage', () => {
  it.each([
    ['keeps the title', '---\ntitle: "A (1)"\n---\n\nText.\n', 'title: "A (1)"'],
    ['keeps the description', '---\ndescription: "Why."\n---\n\nText.\n', 'description: "Why."'],
    ['our updated date is its lastUpdated', '---\nupdated: 2026-03-04\n---\n\nText.\n', 'lastUpdated: 2026-03-04'],
    [
      'a tip callout is a tip aside, in Markdown',
      '---\ntitle: A\n---\n\n<Callout type="tip">\n\nHi.\n\nMore.\n\n</Callout>\n',
      ':::tip\nHi.\n\nMore.\n:::',
    ],
    ['the body follows the frontmatter', '---\ntitle: A\n---\n\nText.\n', 'title: A\n---\n\nText.'],
  ])('%s', (_name, source, expected) => {
    expect(toStarlightPage(source)).toContain(expected);
  });

  it.each([
    ['category', 'category: troubleshooting'],
    ['tags', 'tags: [session, api]'],
    ['error codes', 'errorCodes: [SESSION_EXPIRED]'],
  ])("drops %s, which Starlight's schema does not have", (_name, line) => {
    const page = toStarlightPage(`---\ntitle: A\n${line}\n---\n\nText.\n`);
    expect(page).not.toContain(line);
    expect(frontmatterKeys(page)).toEqual(['title']);
  });

  it('refuses a source without frontmatter', () => {
    expect(() => toStarlightPage('Just text.\n')).toThrow(/without frontmatter/);
  });

  it('every synthetic guide keeps its title and text, with only fields Starlight accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (n) => {
        const { source } = syntheticGuide(n);
        const page = toStarlightPage(source);
        expect(frontmatterKeys(page)).toEqual(['title', 'description', 'lastUpdated']);
        expect(page).toContain(/^title: .*$/m.exec(source)![0]);
        expect(page).not.toContain('Callout');
        const lastParagraph = source.trimEnd().split('\n\n').at(-1)!;
        expect(page.trimEnd().endsWith(lastParagraph)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
