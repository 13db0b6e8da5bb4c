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
import { countProseWords, readMinutes } from '../lib/content/reading-time.ts';

export type GuideEntry = CollectionEntry<'guides'>;

function summarize(entry: GuideEntry): GuideSummary {
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
    readMinutes: readMinutes(countProseWords(entry.body ?? '')),
  };
}

function dateProblems(entry: GuideEntry): string[] {
  if (!entry.filePath) return [];
  const source = readFileSync(entry.filePath, 'utf8');
  const frontmatter = source.slice(0, source.indexOf('\n---', 3) + 1);
  return impossibleDates(frontmatter).map((problem) => `${entry.filePath}: ${problem}`);
}

let published: Promise<{ entries: GuideEntry[]; summaries: GuideSummary[]; index: GuideIndex }> | undefined;

async function loadPublished() {
  // Drafts are previewed by `npm run dev` and never built into the site.
  const entries = await getCollection('guides', (entry) => import.meta.env.DEV || !entry.data.draft);
  const summaries = entries.map(summarize).sort(byUpdatedDesc);
  const problems = [...entries.flatMap(dateProblems), ...crossGuideProblems(summaries)];
  if (problems.length > 0) throw new Error(`Invalid guides:\n  ${problems.join('\n  ')}`);
  return { entries, summaries, index: createGuideIndex(summaries) };
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
