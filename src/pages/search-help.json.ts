import type { APIRoute } from 'astro';
import { searchData } from '../data/search-documents.ts';

/**
 * What search fetches when a query finds little: the site's words for spelling correction and the
 * guides to suggest. Loaded only then, so a search that finds plenty never downloads it.
 */
export const GET: APIRoute = async () => {
  const { words, popular } = await searchData();
  return new Response(JSON.stringify({ popular, words }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
