import { describe, expect, it } from 'vitest';
import { supportHref } from '../../../src/lib/content/support-link.ts';

const guide = {
  title: 'Fixing Session Expired Errors',
  url: 'https://help.trustleads.ai/guides/fixing-session-expired-errors/',
};
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('supportHref', () => {
  it('leaves the address alone when there is no context', () => {
    expect(supportHref('https://trustleads.ai/contact', {})).toBe('https://trustleads.ai/contact');
    expect(supportHref('https://trustleads.ai/contact', { query: '   ' })).toBe('https://trustleads.ai/contact');
  });

  it.each([
    [
      'a guide',
      { guide },
      'Help with "Fixing Session Expired Errors"',
      ['I was reading: Fixing Session Expired Errors', guide.url],
    ],
    [
      'a search that found nothing',
      { query: ' refresh token 500 ' },
      'Help: nothing found for "refresh token 500"',
      ['I searched the help center for: refresh token 500'],
    ],
    [
      'both',
      { guide, query: 'cookies' },
      'Help with "Fixing Session Expired Errors"',
      ['I was reading: Fixing Session Expired Errors', 'I searched the help center for: cookies'],
    ],
  ])('names %s in the subject and body', (_name, context, subject, bodyLines) => {
    const got = params(supportHref('https://trustleads.ai/contact', context));
    expect(got.subject).toBe(subject);
    for (const line of bodyLines) expect(got.body).toContain(line);
    expect(got.body).toContain('What I tried and what happened:');
  });

  it('prefills a mailto: address with %20 for spaces, as mail clients expect', () => {
    const href = supportHref('mailto:support@example.com', { guide });
    expect(href.startsWith('mailto:support@example.com?subject=Help%20with%20%22Fixing')).toBe(true);
    expect(href).not.toContain('+');
  });

  it('keeps parameters and a fragment the address already has', () => {
    const href = supportHref('https://example.com/contact?topic=api&subject=Mine#form', { guide });
    const got = params(href);
    expect(got.topic).toBe('api');
    expect(got.subject).toBe('Mine');
    expect(got.body).toContain('I was reading');
    expect(href.endsWith('#form')).toBe(true);
  });

  it.each([
    [
      'a session token',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ],
    ['an API key', 'lfk_sk_0123456789abcdefghijABCDEFGHIJ012345'],
  ])('never puts %s a reader searched for into the link', (_name, query) => {
    expect(supportHref('https://trustleads.ai/contact', { query })).toBe('https://trustleads.ai/contact');
  });

  it('encodes what a reader typed so it cannot break out of the address', () => {
    const href = supportHref('https://trustleads.ai/contact', { query: 'a&b=c#d <x>' });
    expect(params(href).subject).toBe('Help: nothing found for "a&b=c#d <x>"');
    expect(new URL(href).hash).toBe('');
  });
});
