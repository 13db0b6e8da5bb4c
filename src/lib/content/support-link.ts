import { looksSecret } from '../feedback/secret-like.ts';

/** What the reader was doing when they asked for help. */
export interface SupportContext {
  /** The guide they were reading: its title and full address. */
  guide?: { title: string; url: string } | undefined;
  /** What they searched for and did not find; left out when it looks like a credential. */
  query?: string | undefined;
}

/**
 * The support address with a subject and a body that say where the reader came from, so they do
 * not have to explain it again. The same two parameters, `subject` and `body`, prefill a `mailto:`
 * address and are read by a contact form; an address that already has them keeps its own.
 */
export function supportHref(supportUrl: string, context: SupportContext): string {
  // A pasted token must not travel in a URL to another site's logs.
  const query = context.query && !looksSecret(context.query) ? context.query.trim() : undefined;
  const subject = context.guide
    ? `Help with "${context.guide.title}"`
    : query
      ? `Help: nothing found for "${query}"`
      : undefined;
  if (!subject) return supportUrl;
  const lines = [
    ...(context.guide ? [`I was reading: ${context.guide.title}`, context.guide.url] : []),
    ...(query ? [`I searched the help center for: ${query}`] : []),
    '',
    'What I tried and what happened:',
    '',
  ];
  const url = new URL(supportUrl);
  // mailto: wants %20 for spaces (a "+" would reach the mail client as a plus), so encode by hand.
  const params = new URLSearchParams(url.search);
  if (!params.has('subject')) params.set('subject', subject);
  if (!params.has('body')) params.set('body', lines.join('\n'));
  const search = [...params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `${url.href.slice(0, url.href.length - url.search.length - url.hash.length)}?${search}${url.hash}`;
}
