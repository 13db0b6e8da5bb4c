import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The dashboard's session cookie. */
export const ADMIN_COOKIE = 'tl_admin';
/** How long a dashboard login lasts. */
export const ADMIN_SESSION_SECONDS = 8 * 3600;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares a given token with the real one in constant time (whatever their lengths). */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function signature(token: string, expires: number): string {
  return createHmac('sha256', token).update(`admin-session:${expires}`).digest('base64url');
}

/**
 * A session value: its expiry and an HMAC of it keyed by the admin token. Stateless, so any server
 * process can check it, and changing `ADMIN_TOKEN` ends every session.
 */
export function createAdminSession(token: string, nowMs: number): string {
  const expires = Math.floor(nowMs / 1000) + ADMIN_SESSION_SECONDS;
  return `${expires}.${signature(token, expires)}`;
}

/** True for an unexpired session made with this token. */
export function isValidAdminSession(value: string | undefined, token: string, nowMs: number): boolean {
  const [expiresText, given] = (value ?? '').split('.');
  const expires = Number(expiresText);
  if (!given || !Number.isInteger(expires) || expires * 1000 <= nowMs) return false;
  return tokensMatch(given, signature(token, expires));
}

/** True when the request carries the token as `Authorization: Bearer` or a valid session cookie. */
export function isAdmin(
  authorization: string | null,
  sessionCookie: string | undefined,
  token: string,
  nowMs: number,
): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined) return tokensMatch(bearer, token);
  return isValidAdminSession(sessionCookie, token, nowMs);
}
