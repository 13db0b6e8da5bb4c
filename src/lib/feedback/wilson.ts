/**
 * The lower bound of the Wilson score interval for the share of "Yes" votes: an honest ranking
 * with few votes (1 of 1 is not better than 95 of 100). `z` = 1.96 gives 95 % confidence.
 * Returns 0 when there are no votes.
 */
export function wilsonLowerBound(up: number, total: number, z = 1.96): number {
  if (total <= 0) return 0;
  const share = up / total;
  const z2 = z * z;
  const centre = share + z2 / (2 * total);
  const margin = z * Math.sqrt((share * (1 - share) + z2 / (4 * total)) / total);
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}
