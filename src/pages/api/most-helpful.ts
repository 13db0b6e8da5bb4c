import type { APIRoute } from 'astro';
import { mostHelpful } from '../../lib/feedback/most-helpful.ts';
import { serverContext } from '../../lib/server/context.ts';
import { json } from '../../lib/server/http.ts';

export const prerender = false;

// Votes change slowly: browsers and a CDN may reuse the answer for minutes.
const CACHE_SECONDS = 300;

/**
 * `GET /api/most-helpful` (public): `{ guides: [{ slug, title, up, total }] }`, the guides readers
 * found most helpful, or an empty list while votes are too few. Counts only, never who voted.
 */
export const GET: APIRoute = async () => {
  const context = await serverContext();
  const ranked = mostHelpful(await context.store.tallies(), (slug) => context.guides.has(slug));
  const guides = ranked.map(({ guide, up, total }) => ({
    slug: guide,
    title: context.guides.get(guide)!.title,
    up,
    total,
  }));
  return json(
    200,
    { guides },
    { 'Cache-Control': `public, max-age=${CACHE_SECONDS}, stale-while-revalidate=${CACHE_SECONDS * 12}` },
  );
};
