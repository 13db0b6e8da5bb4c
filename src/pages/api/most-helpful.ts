import type { APIRoute } from 'astro';
import { mostHelpful } from '../../lib/feedback/most-helpful.ts';
import { json } from '../../server/http/response.ts';

export const prerender = false;

// Votes change slowly: browsers and a CDN may reuse the answer for minutes.
const CACHE_SECONDS = 300;

/**
 * `GET /api/most-helpful` (public): `{ guides: [{ slug, title, up, total }] }`, the guides readers
 * found most helpful, or an empty list while votes are too few. Counts only, never who voted.
 */
export const GET: APIRoute = async ({ locals }) => {
  const { server } = locals;
  const ranked = mostHelpful(await server.store.tallies(), (slug) => server.guides.has(slug));
  const guides = ranked.map(({ guide, up, total }) => ({
    slug: guide,
    title: server.guides.get(guide)!.title,
    up,
    total,
  }));
  return json(
    200,
    { guides },
    { 'Cache-Control': `public, max-age=${CACHE_SECONDS}, stale-while-revalidate=${CACHE_SECONDS * 12}` },
  );
};
