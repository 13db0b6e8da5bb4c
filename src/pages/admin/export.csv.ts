import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/feedback/csv.ts';
import { loadDashboard } from '../../lib/feedback/dashboard.ts';
import { REASONS } from '../../lib/feedback/types.ts';
import { requireAdmin } from '../../server/admin/access.ts';
import { csvResponse } from './_csv.ts';

export const prerender = false;

/** `GET /admin/export.csv`: one row per guide with votes, worst first, with its reason counts. */
export const GET: APIRoute = async ({ request, cookies, locals }) => {
  const { server, client } = locals;
  await requireAdmin(request, cookies, server, client);
  const { guides } = await loadDashboard(server.store, (slug) => server.guides.get(slug)?.title, {
    commentsPerGuide: 0,
  });
  const csv = toCsv(
    ['guide', 'title', 'up', 'down', 'helpful_share', 'wilson_lower_bound', ...REASONS.map((r) => `reason_${r}`)],
    guides.map((g) => [
      g.guide,
      g.title,
      g.up,
      g.down,
      g.helpfulShare.toFixed(3),
      g.wilsonLowerBound.toFixed(3),
      ...REASONS.map((reason) => g.reasons.find((r) => r.reason === reason)?.count ?? 0),
    ]),
  );
  return csvResponse(csv, 'guide-feedback');
};
