import { describe, expect, it } from 'vitest';
import { errorCodeRegistry } from '../../../src/lib/content/error-codes.ts';
import { CHECKER_GUIDES, checkerLinkProblems, linkHref, withArticle } from '../../../src/lib/tokens/index.ts';

const published = new Set([...Object.values(CHECKER_GUIDES), ...errorCodeRegistry.flatMap((e) => e.guides)]);

describe('links at the end of a verdict', () => {
  it.each([
    [{ kind: 'guide', slug: 'fixing-session-expired-errors' } as const, '/guides/fixing-session-expired-errors/'],
    [{ kind: 'app', path: '/app/api-keys' } as const, 'https://trustleads.ai/app/api-keys'],
    [{ kind: 'search', query: 'INSUFFICIENT_SCOPE' } as const, '/search/?q=INSUFFICIENT_SCOPE'],
    [{ kind: 'search', query: 'A&B' } as const, '/search/?q=A%26B'],
  ])('%j leads to %s', (link, href) => {
    expect(linkHref(link, 'https://trustleads.ai/')).toBe(href);
  });

  it('builds app links on the app’s address, wherever it lives', () => {
    expect(linkHref({ kind: 'app', path: '/app/api-keys' }, 'https://app.example.com/tl/')).toBe(
      'https://app.example.com/app/api-keys',
    );
  });
});

describe('the build check of the checker’s guides', () => {
  it('passes when every guide is published', () => {
    expect(checkerLinkProblems(published, errorCodeRegistry)).toEqual([]);
  });

  it('names a verdict guide that is missing', () => {
    const without = new Set([...published].filter((slug) => slug !== CHECKER_GUIDES.leakedKey));
    expect(checkerLinkProblems(without, errorCodeRegistry)).toEqual([
      'the token checker (src/lib/tokens/links.ts) links to the guide "what-to-do-if-an-api-key-leaks", which is not published (content/guides/what-to-do-if-an-api-key-leaks.md)',
    ]);
  });

  it('names an error code whose guide is missing', () => {
    const registry = [{ code: 'SOME_CODE', title: 't', meaning: 'm', guides: ['no-such-guide'] }];
    expect(checkerLinkProblems(published, registry)).toEqual([
      'error code SOME_CODE (content/error-codes.json) links to the guide "no-such-guide", which is not published (content/guides/no-such-guide.md)',
    ]);
  });
});

describe('a or an', () => {
  it.each([
    ['AWS access key ID', 'an AWS access key ID'],
    ['OpenAI API key', 'an OpenAI API key'],
    ['npm access token', 'an npm access token'],
    ['Anthropic API key', 'an Anthropic API key'],
    ['GitHub personal access token', 'a GitHub personal access token'],
    ['SendGrid API key', 'a SendGrid API key'],
    ['Stripe secret key', 'a Stripe secret key'],
    ['HubSpot private app token', 'a HubSpot private app token'],
  ])('%s', (phrase, expected) => {
    expect(withArticle(phrase)).toBe(expected);
  });
});
