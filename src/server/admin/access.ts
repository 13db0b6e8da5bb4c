import { apiError, ApiFailure } from '../../lib/feedback/api-error.ts';
import type { ServerContext } from '../context.ts';
import { rateLimited } from '../http/guard.ts';
import { ADMIN_COOKIE, adminSessionId, bearerToken, tokensMatch } from './auth.ts';

/** The cookies of a request, as Astro gives them. */
interface Cookies {
  get(name: string): { value: string } | undefined;
}

/** Whether the dashboard is on, and whether this request may see it. */
export type AdminAccess = 'off' | 'denied' | 'allowed';

/** Refuses (429) a client that has guessed wrong too often this minute. */
export function refuseGuesser(context: ServerContext, client: string): void {
  const wait = context.adminGuesses.retryAfter(client);
  if (wait > 0) throw rateLimited(wait);
}

/**
 * Checks a request's `Authorization: Bearer` token or session cookie. A wrong bearer token counts
 * as a guess, like a wrong login; a signed cookie must also name a session the store still has
 * (logout ends it everywhere).
 */
export async function adminAccess(
  request: Request,
  cookies: Cookies,
  context: ServerContext,
  client: string,
): Promise<AdminAccess> {
  const token = context.config.adminToken;
  if (!token) return 'off';
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer !== undefined) {
    refuseGuesser(context, client);
    if (tokensMatch(bearer, token)) return 'allowed';
    context.adminGuesses.take(client);
    return 'denied';
  }
  const id = adminSessionId(cookies.get(ADMIN_COOKIE)?.value, token, Date.now());
  return id !== undefined && (await context.store.adminSessionActive(id, new Date())) ? 'allowed' : 'denied';
}

/** For API routes: the dashboard's data, or 404 when it is off and 401 without a valid token. */
export async function requireAdmin(
  request: Request,
  cookies: Cookies,
  context: ServerContext,
  client: string,
): Promise<void> {
  const access = await adminAccess(request, cookies, context, client);
  if (access === 'off') throw new ApiFailure(apiError(404, 'not-found', 'There is nothing here.'));
  if (access === 'denied') {
    throw new ApiFailure(
      apiError(401, 'unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.', { 'WWW-Authenticate': 'Bearer' }),
    );
  }
}
