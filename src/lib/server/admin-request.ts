import { ADMIN_COOKIE, isAdmin } from './admin-auth.ts';
import type { ServerContext } from './context.ts';

/** Whether the dashboard is on, and whether this request may see it. */
export function adminAccess(
  request: Request,
  cookie: string | undefined,
  context: ServerContext,
): 'off' | 'denied' | 'allowed' {
  const token = context.config.adminToken;
  if (!token) return 'off';
  return isAdmin(request.headers.get('authorization'), cookie, token, Date.now()) ? 'allowed' : 'denied';
}

export { ADMIN_COOKIE };
