import type { GuideTally } from './types.ts';
import { wilsonLowerBound } from './wilson.ts';

/** When votes are enough to rank guides by: the home page's "Most helpful" rule. */
export interface MostHelpfulRule {
  /** Votes a guide needs before its share means anything. */
  minVotes: number;
  /** Wilson lower bound a guide needs: helpful to at least this share, with 95 % confidence. */
  minBound: number;
  /** Qualifying guides needed to show a ranked list at all; fewer and the fallback stays. */
  minGuides: number;
  /** Most guides shown. */
  limit: number;
}

/** The home page's rule: 10 votes, at least half helpful, four such guides, six shown. */
export const MOST_HELPFUL: MostHelpfulRule = { minVotes: 10, minBound: 0.5, minGuides: 4, limit: 6 };

/** A guide in the "Most helpful" list, with what readers said. */
export interface HelpfulGuide {
  guide: string;
  up: number;
  total: number;
}

/**
 * The guides readers found most helpful, best first by the Wilson lower bound of their "Yes"
 * share (more votes break ties), or an empty list when too few guides have enough votes, so the
 * page keeps its build-time list instead. An even count, so a two-column grid has no half row.
 */
export function mostHelpful(
  tallies: readonly GuideTally[],
  isPublished: (slug: string) => boolean,
  rule: MostHelpfulRule = MOST_HELPFUL,
): HelpfulGuide[] {
  const ranked = tallies
    .filter((t) => isPublished(t.guide) && t.up + t.down >= rule.minVotes)
    .map((t) => ({ guide: t.guide, up: t.up, total: t.up + t.down, bound: wilsonLowerBound(t.up, t.up + t.down) }))
    .filter((t) => t.bound >= rule.minBound)
    .sort((a, b) => b.bound - a.bound || b.total - a.total || a.guide.localeCompare(b.guide));
  if (ranked.length < rule.minGuides) return [];
  const shown = Math.min(ranked.length, rule.limit);
  return ranked.slice(0, shown - (shown % 2)).map(({ guide, up, total }) => ({ guide, up, total }));
}
