import type { APIRoute } from 'astro';
import { ADMIN_COOKIE, ADMIN_SESSION_SECONDS, createAdminSession, tokensMatch } from '../../lib/server/admin-auth.ts';
import { serverContext } from '../../lib/server/context.ts';
import { guardWrite } from '../../lib/server/guard.ts';
import { errorResponse, readBody } from '../../lib/server/http.ts';

export const prerender = false;

/** `POST /admin/login`: checks the token (in constant time) and starts a dashboard session. */
export const POST: APIRoute = async ({ request, clientAddress, cookies, redirect, url }) => {
  const context = await serverContext();
  const token = context.config.adminToken;
  if (!token) return new Response(null, { status: 404 });
  // The rate limit also slows anyone guessing the token.
  const refused = guardWrite(request, clientAddress, context);
  if (refused) return errorResponse(refused);
  const body = await readBody(request, 4096);
  const given = body.ok ? (new URLSearchParams(body.text).get('token') ?? '') : '';
  if (!tokensMatch(given, token)) return redirect('/admin/?error=wrong-token', 303);
  cookies.set(ADMIN_COOKIE, createAdminSession(token, Date.now()), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: url.protocol === 'https:',
    maxAge: ADMIN_SESSION_SECONDS,
  });
  return redirect('/admin/', 303);
};
