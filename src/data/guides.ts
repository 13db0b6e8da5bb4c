import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { impossibleDates } from '../lib/content/calendar-date.ts';
import { categories } from '../lib/content/categories.ts';
import {
  byUpdatedDesc,
  createGuideIndex,
  crossGuideProblems,
  type GuideIndex,
  type GuideSummary,
} from '../lib/content/guide-index.ts';
import { countProseWords, FRONTMATTER, readMinutes } from '../lib/content/reading-time.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/**
 * A guide's file, read again here rather than kept in the content store (`retainBody: false` in
 * src/content.config.ts): read time and search need its Markdown once a build, while the store is
 * written, bundled and read back whole on every build.
 */
function readSource(entry: GuideEntry): { frontmatter: string; body: string } {
  if (!entry.filePath) throw new Error(`guide ${entry.id} has no file`);
  const source = readFileSync(entry.filePath, 'utf8');
  const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
  return { frontmatter, body: source.slice(frontmatter.length).trim() };
}

function summarize(entry: GuideEntry, body: string): GuideSummary {
  const { title, description, category, tags, updated, errorCodes, related } = entry.data;
  return {
    slug: entry.id,
    title,
    description,
    category,
    tags,
    updated,
    errorCodes,
    related,
    readMinutes: readMinutes(countProseWords(body)),
  };
}

let published:
  | Promise<{ entries: GuideEntry[]; bodies: Map<string, string>; summaries: GuideSummary[]; index: GuideIndex }>
  | undefined;

async function loadPublished() {
  // Drafts are previewed by `npm run dev` and never built into the site.
  const entries = await getCollection('guides', (entry) => import.meta.env.DEV || !entry.data.draft);
  const bodies = new Map<string, string>();
  const problems: string[] = [];
  const unsorted = entries.map((entry) => {
    const { frontmatter, body } = readSource(entry);
    bodies.set(entry.id, body);
    problems.push(...impossibleDates(frontmatter).map((problem) => `${entry.filePath}: ${problem}`));
    return summarize(entry, body);
  });
  const summaries = unsorted.sort(byUpdatedDesc);
  problems.push(...crossGuideProblems(summaries));
  if (problems.length > 0) throw new Error(`Invalid guides:\n  ${problems.join('\n  ')}`);
  return { entries, bodies, summaries, index: createGuideIndex(summaries) };
}

// One load per build: every page asks for the same list, and summarising 10,000 guides once is enough.
function load() {
  published ??= loadPublished();
  return published;
}

/** Published guides, newest first, as listing pages need them. */
export async function guideSummaries(): Promise<GuideSummary[]> {
  return (await load()).summaries;
}

/** Published guides indexed by slug and tag. */
export async function guideIndex(): Promise<GuideIndex> {
  return (await load()).index;
}

/**
 * A page's `cacheKey` (see astro.config.mjs): a digest of everything the page shows that is not
 * code, so a rebuild renders it again exactly when one of those changed. Dates count by their time.
 */
export function pageCacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

/** Each published guide's Markdown body, by slug, for search. */
export async function guideBodies(): Promise<ReadonlyMap<string, string>> {
  return (await load()).bodies;
}

/** Published guide entries, for the pages that render a guide's body. */
export async function guideEntries(): Promise<GuideEntry[]> {
  return (await load()).entries;
}

/** Categories with their published guides, in the content owners' order; empty categories included. */
export async function categoriesWithGuides() {
  const summaries = await guideSummaries();
  return categories.map((category) => ({
    category,
    guides: summaries.filter((g) => g.category === category.slug),
  }));
}
