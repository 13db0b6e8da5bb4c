import type { APIRoute } from 'astro';
import { rankWorstFirst } from '../../../lib/feedback/ranking.ts';
import { requireAdmin } from '../../../server/admin/access.ts';
import { json } from '../../../server/http/response.ts';

export const prerender = false;

/** `GET /api/feedback/summary` (admin): per guide up, down, helpful share and Wilson lower bound. */
export const GET: APIRoute = async ({ request, cookies, locals }) => {
  const { server, client } = locals;
  await requireAdmin(request, cookies, server, client);
  const guides = rankWorstFirst(await server.store.tallies(), (slug) => server.guides.get(slug)?.title);
  return json(200, { guides });
};
