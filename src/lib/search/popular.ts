/** A guide as far as popularity goes: its slug and the guides its author recommends. */
export interface Referencing {
  slug: string;
  related: readonly string[];
}

/**
 * The guides other guides recommend most (their `related` lists), a build-time stand-in for
 * popularity that needs no tracking; ties keep the given order (pass guides newest first).
 */
export function mostRecommended<T extends Referencing>(guides: readonly T[], limit: number): T[] {
  const inbound = new Map<string, number>();
  for (const guide of guides) for (const slug of guide.related) inbound.set(slug, (inbound.get(slug) ?? 0) + 1);
  return guides
    .map((guide, position) => ({ guide, position, count: inbound.get(guide.slug) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .slice(0, limit)
    .map(({ guide }) => guide);
}
