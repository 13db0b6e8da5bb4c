/**
 * When a rebuild may skip `astro build` and re-render only what a guide edit changed, and what
 * that is. The rest of a quick rebuild (src/integrations/quick-rebuild/) runs these decisions.
 */

/** More changed guides than this, and a full build (which renders in parallel) is as quick. */
export const MAX_QUICK_GUIDES = 50;

/** Each guide file and the digest of its bytes. */
export type GuideDigests = Readonly<Record<string, string>>;

/** Guides to patch into the full build's content data, and whether any changed since the last build. */
export type GuidePlan =
  { quick: false; reason: string } | { quick: true; sinceFullBuild: string[]; sinceLastBuild: string[] };

/**
 * Compares the guide files now with those of the last full build (whose data the kit holds) and
 * of the last build of any kind (what `dist/` shows). A guide added or removed changes listings,
 * feeds and the set of pages, which only a full build makes.
 */
export function planGuideChanges(fullBuild: GuideDigests, lastBuild: GuideDigests, now: GuideDigests): GuidePlan {
  const added = Object.keys(now).filter((file) => !(file in fullBuild));
  const removed = Object.keys(fullBuild).filter((file) => !(file in now));
  if (added.length > 0) return { quick: false, reason: `a guide was added (${added[0]})` };
  if (removed.length > 0) return { quick: false, reason: `a guide was removed (${removed[0]})` };
  const sinceFullBuild = Object.keys(now)
    .filter((file) => now[file] !== fullBuild[file])
    .sort();
  if (sinceFullBuild.length > MAX_QUICK_GUIDES) {
    return {
      quick: false,
      reason: `${sinceFullBuild.length} guides changed (a quick rebuild takes up to ${MAX_QUICK_GUIDES})`,
    };
  }
  const sinceLastBuild = Object.keys(now)
    .filter((file) => now[file] !== lastBuild[file])
    .sort();
  return { quick: true, sinceFullBuild, sinceLastBuild };
}

/** A prerendered path as Astro lists it: with a cache key when its getStaticPaths gives one. */
export interface ListedPath {
  pathname: string;
  cacheKey?: string;
}

/** A page in `dist/`: its cache key when it was rendered. */
export type BuiltPages = Readonly<Record<string, { cacheKey?: string }>>;

export type PagePlan = { quick: false; reason: string } | { quick: true; render: string[]; unchanged: string[] };

/**
 * Which paths to render again: those whose cache key changed, and those without one (Astro renders
 * them on every build too). A path that appears or disappears (a new tag, say) means a full build.
 */
export function planPages(built: BuiltPages, paths: readonly ListedPath[]): PagePlan {
  const listed = new Set(paths.map((path) => path.pathname));
  const gone = Object.keys(built).find((pathname) => !listed.has(pathname));
  if (gone !== undefined) return { quick: false, reason: `the page ${gone} would be removed` };
  const render: string[] = [];
  const unchanged: string[] = [];
  for (const { pathname, cacheKey } of paths) {
    const before = built[pathname];
    if (cacheKey === undefined) render.push(pathname);
    else if (!before) return { quick: false, reason: `the page ${pathname} would be added` };
    else if (before.cacheKey === cacheKey) unchanged.push(pathname);
    else render.push(pathname);
  }
  return { quick: true, render, unchanged };
}

/**
 * What Markdown can hold whose rendering a quick rebuild must get right: fenced code (highlighted),
 * components, tables, links and headings. Witnesses are chosen to show each.
 */
export const MARKDOWN_FEATURES: readonly RegExp[] = [
  /^ {0,3}(?:```|~~~)/m,
  /<[A-Z][A-Za-z]*[\s/>]/,
  /^ {0,3}\|.*\|[ \t]*$/m,
  /\]\(/,
  /^#{2,6} /m,
];

/**
 * Untouched guides to render both ways and compare with the full build's copies before a quick
 * rebuild writes anything: the first by name, and the first that shows each of `features`
 * (read lazily, stopping once every feature has one).
 */
export function chooseWitnesses(
  files: readonly string[],
  read: (file: string) => string,
  features: readonly RegExp[] = MARKDOWN_FEATURES,
): string[] {
  const sorted = [...files].sort();
  const chosen = new Set(sorted.slice(0, 1));
  const missing = new Set(features);
  for (const file of sorted) {
    if (missing.size === 0) break;
    const source = read(file);
    for (const feature of [...missing]) {
      if (!feature.test(source)) continue;
      chosen.add(file);
      missing.delete(feature);
    }
  }
  return [...chosen];
}
