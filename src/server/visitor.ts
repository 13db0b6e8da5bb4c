import { randomBytes } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { VISITOR_PATTERN } from '../lib/feedback/types.ts';

/** The cookie that names a reader's browser, for votes with and without JavaScript alike. */
export const VISITOR_COOKIE = 'tl_visitor';
const VISITOR_COOKIE_SECONDS = 365 * 86400;

/**
 * The reader's one visitor id. Browsers never send one: the server keeps it in a first-party
 * HttpOnly cookie that both the widget's `fetch` and the no-JS form carry, so a reader is one
 * visitor whichever way they vote. API clients may name a `visitor` in the body instead; when the
 * request has no cookie yet, that id (or a new random one) becomes the cookie.
 */
export function visitorFor(cookies: AstroCookies, fromBody: string | undefined, secure: boolean): string {
  const fromCookie = cookies.get(VISITOR_COOKIE)?.value;
  const cookieValid = fromCookie !== undefined && VISITOR_PATTERN.test(fromCookie);
  if (fromBody !== undefined) {
    if (!cookieValid) remember(cookies, fromBody, secure);
    return fromBody;
  }
  if (cookieValid) return fromCookie;
  const visitor = randomBytes(16).toString('base64url');
  remember(cookies, visitor, secure);
  return visitor;
}

function remember(cookies: AstroCookies, visitor: string, secure: boolean): void {
  cookies.set(VISITOR_COOKIE, visitor, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: VISITOR_COOKIE_SECONDS,
  });
}
