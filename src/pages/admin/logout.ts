import type { APIRoute } from 'astro';
import { ADMIN_COOKIE, adminSessionId } from '../../server/admin/auth.ts';

export const prerender = false;

/**
 * `POST /admin/logout`: ends the dashboard session on the server, so a copy of the cookie no
 * longer opens the dashboard either. Same-origin like every write (the HTTP layer checks).
 */
export const POST: APIRoute = async ({ cookies, redirect, locals }) => {
  const { server } = locals;
  const token = server.config.adminToken;
  const id = token ? adminSessionId(cookies.get(ADMIN_COOKIE)?.value, token, Date.now()) : undefined;
  if (id !== undefined) await server.store.endAdminSession(id);
  cookies.delete(ADMIN_COOKIE, { path: '/' });
  return redirect('/admin/', 303);
};
