import type { GuideTally } from './types.ts';
import { wilsonLowerBound } from './wilson.ts';

/** A guide's helpfulness, as the dashboard and the summary API show it. */
export interface GuideHelpfulness {
  guide: string;
  title: string;
  up: number;
  down: number;
  /** Share of "Yes" votes, 0-1. */
  helpfulShare: number;
  /** Wilson lower bound of that share: the ranking key. */
  wilsonLowerBound: number;
}

/**
 * Guides with votes, worst first by the Wilson lower bound of their helpful share: the share a
 * guide is at least as good as, with 95 % confidence, so few votes count for little either way.
 * Ties (every guide with no "Yes" has a bound of 0) put the guide with more votes first.
 */
export function rankWorstFirst(
  tallies: readonly GuideTally[],
  titleOf: (slug: string) => string | undefined,
): GuideHelpfulness[] {
  return tallies
    .map(({ guide, up, down }) => ({
      guide,
      title: titleOf(guide) ?? guide,
      up,
      down,
      helpfulShare: up + down === 0 ? 0 : up / (up + down),
      wilsonLowerBound: wilsonLowerBound(up, up + down),
    }))
    .sort(
      (a, b) =>
        a.wilsonLowerBound - b.wilsonLowerBound || b.up + b.down - (a.up + a.down) || a.guide.localeCompare(b.guide),
    );
}
