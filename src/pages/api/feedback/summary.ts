import type { APIRoute } from 'astro';
import { rankWorstFirst } from '../../../lib/feedback/ranking.ts';
import { adminAccess } from '../../../lib/server/admin-request.ts';
import { serverContext } from '../../../lib/server/context.ts';
import { json } from '../../../lib/server/http.ts';

export const prerender = false;

/** `GET /api/feedback/summary` (admin): per guide up, down, helpful share and Wilson lower bound. */
export const GET: APIRoute = async ({ request, cookies }) => {
  const context = await serverContext();
  const access = adminAccess(request, cookies, context);
  if (access === 'off') return json(404, { error: { code: 'not-found', message: 'The dashboard is off.' } });
  if (access === 'denied') {
    return json(
      401,
      { error: { code: 'unauthorized', message: 'Send Authorization: Bearer <ADMIN_TOKEN>.' } },
      {
        'WWW-Authenticate': 'Bearer',
      },
    );
  }
  const guides = rankWorstFirst(await context.store.tallies(), (slug) => context.guides.get(slug)?.title);
  return json(200, { guides });
};
