/** What listing pages need to know about a guide, without rendering it. */
export interface GuideSummary {
  slug: string;
  title: string;
  description: string;
  category: string;
  tags: readonly string[];
  updated: Date;
  errorCodes: readonly string[];
  related: readonly string[];
  readMinutes: number;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** A count as the site writes numbers: "2,559". */
export function wholeNumber(count: number): string {
  return numberFormat.format(count);
}

/** "1 guide", "12 guides", "2,559 guides". */
export function guideCount(count: number): string {
  return count === 1 ? '1 guide' : `${wholeNumber(count)} guides`;
}

/** Newest first; guides updated the same day keep title order so listings are stable. */
export function byUpdatedDesc(a: GuideSummary, b: GuideSummary): number {
  return b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title);
}

/** Alphabetical by title. */
export function byTitle(a: GuideSummary, b: GuideSummary): number {
  return a.title.localeCompare(b.title);
}

/** Lookups over the published guides, built once per build and shared by every page. */
export interface GuideIndex {
  /** Newest first (see {@link byUpdatedDesc}). */
  all: readonly GuideSummary[];
  bySlug: ReadonlyMap<string, GuideSummary>;
  byTag: ReadonlyMap<string, readonly GuideSummary[]>;
  /** Position of each guide in {@link GuideIndex.all}: a cheap "more recently updated" test. */
  recency: ReadonlyMap<GuideSummary, number>;
}

/** Indexes `all` by slug and by tag. */
export function createGuideIndex(guides: readonly GuideSummary[]): GuideIndex {
  const all = [...guides].sort(byUpdatedDesc);
  const byTag = new Map<string, GuideSummary[]>();
  for (const guide of all) {
    for (const tag of guide.tags) {
      const list = byTag.get(tag);
      if (list) list.push(guide);
      else byTag.set(tag, [guide]);
    }
  }
  return {
    all,
    bySlug: new Map(all.map((g) => [g.slug, g])),
    byTag,
    recency: new Map(all.map((g, position) => [g, position])),
  };
}

/**
 * Guides to suggest after `guide`: first those its author listed in `related`, then those sharing
 * the most tags (same category breaking ties, then the most recently updated). Never the guide
 * itself. Only guides sharing a tag are looked at, and only the best few are kept rather than
 * sorting every candidate, so 10,000 guides still build in linear-looking time.
 */
export function relatedGuides(guide: GuideSummary, index: GuideIndex, limit = 3): GuideSummary[] {
  const chosen: GuideSummary[] = [];
  for (const slug of guide.related) {
    const candidate = index.bySlug.get(slug);
    if (candidate && candidate !== guide && !chosen.includes(candidate)) chosen.push(candidate);
  }
  const shared = new Map<GuideSummary, number>();
  for (const tag of guide.tags) {
    for (const other of index.byTag.get(tag) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  shared.delete(guide);
  for (const already of chosen) shared.delete(already);

  // Higher score first; shared tags dominate, the same category breaks ties.
  const score = (other: GuideSummary) => shared.get(other)! * 2 + Number(other.category === guide.category);
  const better = (a: GuideSummary, b: GuideSummary) =>
    score(a) - score(b) || index.recency.get(b)! - index.recency.get(a)!;
  const best: GuideSummary[] = [];
  const room = limit - chosen.length;
  if (room <= 0) return chosen.slice(0, limit);
  for (const other of shared.keys()) {
    if (best.length === room && better(other, best[room - 1]!) <= 0) continue;
    let at = best.length < room ? best.length : room - 1;
    best[at] = other;
    while (at > 0 && better(best[at]!, best[at - 1]!) > 0) {
      [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
      at -= 1;
    }
  }
  return [...chosen, ...best];
}

/** Every tag with the number of guides carrying it, most used first, then alphabetical. */
export function tagCounts(all: readonly GuideSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const guide of all) for (const tag of guide.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** A documented error code with the guides that explain it. */
export interface ErrorReferenceEntry<Code> {
  entry: Code;
  /** The first guides to show, at most the limit asked for. */
  guides: GuideSummary[];
  /** How many published guides explain the code, shown or not. */
  total: number;
}

/**
 * The error reference: every registry entry in the registry's order (most common first), with the
 * guides it names first, in its order, then any other guide listing the code in its frontmatter,
 * by title; at most `limit` of them, so the reference does not grow with the number of guides. A
 * guide the registry names that is not published (a draft, or a copy of the site with other
 * guides) is left out rather than linked.
 */
export function errorReference<Code extends { code: string; guides: readonly string[] }>(
  registry: readonly Code[],
  index: GuideIndex,
  limit = Number.POSITIVE_INFINITY,
): ErrorReferenceEntry<Code>[] {
  return registry.map((entry) => {
    const named = entry.guides.flatMap((slug) => index.bySlug.get(slug) ?? []);
    const others = index.all
      .filter((guide) => guide.errorCodes.includes(entry.code) && !named.includes(guide))
      .sort(byTitle);
    const guides = [...named, ...others];
    return { entry, guides: guides.slice(0, limit), total: guides.length };
  });
}

/**
 * Problems that frontmatter validation cannot see because they span guides: a `related` slug with
 * no guide behind it, or a guide listing itself. One message per problem, naming the file.
 */
export function crossGuideProblems(all: readonly GuideSummary[]): string[] {
  const slugs = new Set(all.map((g) => g.slug));
  const problems: string[] = [];
  for (const guide of all) {
    for (const slug of guide.related) {
      if (slug === guide.slug) problems.push(`content/guides/${guide.slug}.md: related lists the guide itself`);
      else if (!slugs.has(slug))
        problems.push(`content/guides/${guide.slug}.md: related: no guide "${slug}" (content/guides/${slug}.md)`);
    }
  }
  return problems;
}
