import { rankWorstFirst, type GuideHelpfulness } from './ranking.ts';
import type { FeedbackStore, GuideComment, ReasonCount, SearchMissCount } from './types.ts';

/** Everything the owners' dashboard shows, gathered in one pass over the store. */
export interface DashboardData {
  guides: (GuideHelpfulness & { reasons: ReasonCount[]; comments: GuideComment[] })[];
  searchMisses: SearchMissCount[];
}

/** Loads the dashboard: guides worst first with their reasons and latest comments, and top missed searches. */
export async function loadDashboard(
  store: FeedbackStore,
  titleOf: (slug: string) => string | undefined,
  { commentsPerGuide = 5, searchMisses = 20 } = {},
): Promise<DashboardData> {
  const [tallies, reasons, comments, misses] = await Promise.all([
    store.tallies(),
    store.reasonCounts(),
    store.recentComments(commentsPerGuide),
    store.topSearchMisses(searchMisses),
  ]);
  return {
    guides: rankWorstFirst(tallies, titleOf).map((guide) => ({
      ...guide,
      reasons: reasons.filter((r) => r.guide === guide.guide),
      comments: comments.filter((c) => c.guide === guide.guide),
    })),
    searchMisses: misses,
  };
}
