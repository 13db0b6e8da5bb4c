import { ADMIN_COOKIE, isAdmin } from './admin-auth.ts';
import type { ServerContext } from './context.ts';

/** The cookies of a request, as Astro gives them. */
interface Cookies {
  get(name: string): { value: string } | undefined;
}

/** Whether the dashboard is on, and whether this request (bearer token or session cookie) may see it. */
export function adminAccess(request: Request, cookies: Cookies, context: ServerContext): 'off' | 'denied' | 'allowed' {
  const token = context.config.adminToken;
  if (!token) return 'off';
  const session = cookies.get(ADMIN_COOKIE)?.value;
  return isAdmin(request.headers.get('authorization'), session, token, Date.now()) ? 'allowed' : 'denied';
}
