import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The dashboard's session cookie. */
export const ADMIN_COOKIE = 'tl_admin';
/** How long a dashboard login lasts. */
export const ADMIN_SESSION_SECONDS = 8 * 3600;
/** Wrong tokens (login form or bearer) a client may send a minute before it gets 429. */
export const ADMIN_GUESSES_PER_MINUTE = 10;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares a given token with the real one in constant time (whatever their lengths). */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function signature(token: string, id: string, expires: number): string {
  return createHmac('sha256', token).update(`admin-session:${id}:${expires}`).digest('base64url');
}

/** A new dashboard session: its id (kept in the store), expiry and cookie value. */
export interface AdminSession {
  id: string;
  expiresAt: Date;
  cookie: string;
}

/**
 * A session: a random id the store keeps until logout or expiry, and an HMAC keyed by the admin
 * token over id and expiry. The signature turns away forged cookies without a database query, and
 * changing `ADMIN_TOKEN` ends every session; the store lets logout end one.
 */
export function createAdminSession(token: string, nowMs: number): AdminSession {
  const id = randomBytes(18).toString('base64url');
  const expires = Math.floor(nowMs / 1000) + ADMIN_SESSION_SECONDS;
  return { id, expiresAt: new Date(expires * 1000), cookie: `${expires}.${id}.${signature(token, id, expires)}` };
}

/** The session id of an unexpired cookie signed with this token, else undefined. */
export function adminSessionId(value: string | undefined, token: string, nowMs: number): string | undefined {
  const [expiresText, id, given, extra] = (value ?? '').split('.');
  const expires = Number(expiresText);
  if (!id || !given || extra !== undefined || !Number.isInteger(expires) || expires * 1000 <= nowMs) return undefined;
  return tokensMatch(given, signature(token, id, expires)) ? id : undefined;
}

/** The token of an `Authorization: Bearer` header, or undefined when there is none. */
export function bearerToken(authorization: string | null): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
}
