import type { APIRoute } from 'astro';
import { apiError, ApiFailure } from '../../lib/feedback/api-error.ts';
import { refuseGuesser } from '../../server/admin/access.ts';
import { ADMIN_COOKIE, ADMIN_SESSION_SECONDS, createAdminSession, tokensMatch } from '../../server/admin/auth.ts';
import { readBody } from '../../server/http/response.ts';

export const prerender = false;

/** `POST /admin/login`: checks the token (in constant time) and starts a dashboard session. */
export const POST: APIRoute = async ({ request, locals, cookies, redirect, url }) => {
  const { server, client } = locals;
  const token = server.config.adminToken;
  if (!token) throw new ApiFailure(apiError(404, 'not-found', 'There is nothing here.'));
  refuseGuesser(server, client);
  const given = new URLSearchParams(await readBody(request, 4096)).get('token') ?? '';
  if (!tokensMatch(given, token)) {
    server.adminGuesses.take(client);
    return redirect('/admin/?error=wrong-token', 303);
  }
  const now = new Date();
  const session = createAdminSession(token, now.getTime());
  await server.store.startAdminSession(session.id, session.expiresAt, now);
  cookies.set(ADMIN_COOKIE, session.cookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: url.protocol === 'https:',
    maxAge: ADMIN_SESSION_SECONDS,
  });
  return redirect('/admin/', 303);
};
