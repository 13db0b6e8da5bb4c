import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { guideSummaries } from '../data/guides.ts';

/** The 20 most recently updated guides, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const recent = (await guideSummaries()).slice(0, 20);
  return rss({
    title: 'Trust Leads Help Center: recently updated guides',
    description: 'New and updated guides for Trust Leads: sign-in, sessions, API keys and errors.',
    site: site!,
    items: recent.map((guide) => ({
      title: guide.title,
      description: guide.description,
      link: `/guides/${guide.slug}/`,
      pubDate: guide.updated,
      categories: [...guide.tags],
    })),
  });
};
