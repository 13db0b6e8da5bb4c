import type { APIRoute } from 'astro';
import { guideSummaries } from '../data/guides.ts';

/** Published guides (slug and title): the server reads it to accept votes only for real guides. */
export const GET: APIRoute = async () => {
  const guides = (await guideSummaries()).map(({ slug, title }) => ({ slug, title }));
  return new Response(JSON.stringify(guides), { headers: { 'Content-Type': 'application/json' } });
};
