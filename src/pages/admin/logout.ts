import type { APIRoute } from 'astro';
import { ADMIN_COOKIE } from '../../lib/server/admin-auth.ts';

export const prerender = false;

/** `POST /admin/logout`: ends the dashboard session. */
export const POST: APIRoute = ({ cookies, redirect }) => {
  cookies.delete(ADMIN_COOKIE, { path: '/' });
  return redirect('/admin/', 303);
};
