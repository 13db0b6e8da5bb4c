// Builds small copies of the site with one broken guide each: the build must fail and say which
// file and which field. Slow (a real Astro build each), so only the cases an author meets.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempSite, writeGuide, type TempSite } from '../../scripts/temp-site.ts';

const goodFrontmatter = {
  title: 'A good guide',
  description: 'A guide that builds.',
  category: 'troubleshooting',
  tags: '[session]',
  updated: '2026-11-20',
};

function guideSource(fields: Record<string, string | undefined>, body = 'Some text.'): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

let site: TempSite | undefined;
afterEach(() => site?.remove());

function buildWith(badGuide: string) {
  site = createTempSite((dir) => {
    writeGuide(dir, 'good-guide', guideSource(goodFrontmatter));
    writeGuide(dir, 'bad-guide', badGuide);
  });
  return site.build();
}

describe('a guide with bad frontmatter fails the build, naming the file and the field', () => {
  it.each([
    ['missing title', { ...goodFrontmatter, title: undefined }, /title/],
    ['unknown category', { ...goodFrontmatter, category: 'billing' }, /category.*unknown category "billing"/s],
    ['tag with spaces', { ...goodFrontmatter, tags: '[api keys]' }, /tags\.0.*no spaces/s],
    ['bad date', { ...goodFrontmatter, updated: 'last tuesday' }, /updated.*YYYY-MM-DD/s],
    ['impossible date', { ...goodFrontmatter, updated: '2026-13-45' }, /updated: 2026-13-45 is not a calendar date/],
  ])('%s', (_name, fields, fieldMessage) => {
    const result = buildWith(guideSource(fields));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-guide/);
    expect(result.output).toMatch(fieldMessage);
  });
});

describe('a guide body with a component written wrong fails the build, naming the file', () => {
  it('an unknown component', () => {
    const result = buildWith(guideSource(goodFrontmatter, '<Tabs>\n\nSome text.\n\n</Tabs>'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/guides\/bad-guide\.md: <Tabs> is not a guide component/);
  });
});

describe('cross-guide checks fail the build', () => {
  it('a related slug with no guide behind it', () => {
    const result = buildWith(guideSource({ ...goodFrontmatter, related: '[no-such-guide]' }));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/guides/bad-guide.md: related: no guide "no-such-guide"');
  });

  it('an internal link that goes nowhere', () => {
    const result = buildWith(guideSource(goodFrontmatter, 'See [this guide](/guides/no-such-guide/).'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('guides/bad-guide/index.html: link to /guides/no-such-guide/ goes nowhere');
  });

  it('an error code the registry does not document', () => {
    const result = buildWith(guideSource({ ...goodFrontmatter, errorCodes: '[INVALID_API_KEY]' }));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bad-guide/);
    expect(result.output).toMatch(/errorCodes\.0.*unknown error code "INVALID_API_KEY".*content\/error-codes\.json/s);
  });

  it('a product term in a page that neither the glossary nor the registry has', () => {
    const result = buildWith(
      guideSource(goodFrontmatter, 'Send `Bearer lfk_your_api_key_here` or get `API_KEY_REVOKED`.'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('guides/bad-guide/index.html: "lfk_your_api_key_here"');
    expect(result.output).toContain('guides/bad-guide/index.html: "API_KEY_REVOKED"');
  });

  it('while a correct pair of guides builds', () => {
    const result = buildWith(
      guideSource({ ...goodFrontmatter, related: '[good-guide]' }, 'See [it](/guides/good-guide/).'),
    );
    expect(result.ok).toBe(true);
    expect(result.output).toContain('internal links resolve');
  });
});

describe('the token checker’s links are checked at build', () => {
  it('a guide a verdict links to is missing', () => {
    site = createTempSite((dir) => writeGuide(dir, 'good-guide', guideSource(goodFrontmatter)), {
      checkerGuides: false,
    });
    const result = site.build();
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'the token checker (src/lib/tokens/links.ts) links to the guide "fixing-session-expired-errors", which is not published',
    );
  });
});
