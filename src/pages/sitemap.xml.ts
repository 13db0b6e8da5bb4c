import type { APIRoute } from 'astro';
import { categoriesWithGuides, guideIndex } from '../data/guides.ts';
import { sitemapXml } from '../lib/feeds/sitemap.ts';
import { troubleshooters } from '../data/troubleshooters.ts';
import { trailHref } from '../lib/troubleshooters/url.ts';
import { pageHrefs } from '../lib/content/pagination.ts';

const listingPages = (base: string, total: number) => pageHrefs(base, total).map((path) => ({ path }));

export const GET: APIRoute = async ({ site }) => {
  const index = await guideIndex();
  const sections = await categoriesWithGuides();
  const entries = [
    { path: '/' },
    { path: '/tags/' },
    { path: '/errors/' },
    { path: '/tools/token-checker/' },
    ...sections.flatMap(({ category, guides }) => listingPages(`/categories/${category.slug}/`, guides.length)),
    ...[...index.byTag].flatMap(([tag, guides]) => listingPages(`/tags/${tag}/`, guides.length)),
    ...index.all.map((guide) => ({ path: `/guides/${guide.slug}/`, lastModified: guide.updated })),
    ...(await troubleshooters()).map(({ slug, data }) => ({ path: trailHref(slug, [data.start]) })),
  ];
  return new Response(sitemapXml(entries, site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
