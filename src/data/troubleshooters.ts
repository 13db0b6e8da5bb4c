import { getCollection, render, type CollectionEntry } from 'astro:content';
import { formatProblems, graphProblems, type GuideSections } from '../lib/troubleshooters/graph.ts';
import type { SearchDocument } from '../lib/search/document.ts';
import { trailHref } from '../lib/troubleshooters/url.ts';
import type { GuideLink } from '../lib/troubleshooters/view.ts';
import type { TroubleshooterData } from '../schemas/troubleshooter.ts';
import { guideEntries, guideIndex } from './guides.ts';

type Entry = CollectionEntry<'troubleshooters'>;

/** A checked troubleshooter with its resolutions' links resolved to guide and section titles. */
export interface Troubleshooter {
  slug: string;
  data: TroubleshooterData;
  /** Per resolution node: where its guide link goes and what to call it. */
  links: Record<string, GuideLink>;
}

const guideOf = (link: string) => link.split('#')[0]!;

/** Heading ids and titles of the guides the troubleshooters link to (only those are rendered). */
async function linkedSections(entries: Entry[]): Promise<Map<string, Map<string, string>>> {
  const wanted = new Set(
    entries.flatMap((entry) =>
      Object.values(entry.data.nodes).flatMap((node) => (node.type === 'resolution' ? [guideOf(node.guide)] : [])),
    ),
  );
  const guides = (await guideEntries()).filter((guide) => wanted.has(guide.id));
  const rendered = await Promise.all(guides.map(async (guide) => [guide.id, (await render(guide)).headings] as const));
  return new Map(rendered.map(([slug, headings]) => [slug, new Map(headings.map((h) => [h.slug, h.text]))]));
}

async function loadAll(): Promise<Troubleshooter[]> {
  const entries = await getCollection('troubleshooters');
  const sections = await linkedSections(entries);
  const guideSections: GuideSections = new Map([...sections].map(([slug, ids]) => [slug, new Set(ids.keys())]));
  const problems = entries.flatMap((entry) =>
    formatProblems(entry.filePath ?? entry.id, graphProblems(entry.data, guideSections)),
  );
  if (problems.length > 0) throw new Error(`Invalid troubleshooters:\n  ${problems.join('\n  ')}`);
  const { bySlug } = await guideIndex();
  return entries
    .map((entry) => {
      const links: Record<string, GuideLink> = {};
      for (const [id, node] of Object.entries(entry.data.nodes)) {
        if (node.type !== 'resolution') continue;
        const [slug = '', anchor = ''] = node.guide.split('#');
        links[id] = {
          href: `/guides/${slug}/#${anchor}`,
          guide: bySlug.get(slug)?.title ?? slug,
          section: sections.get(slug)?.get(anchor) ?? anchor,
        };
      }
      return { slug: entry.id, data: entry.data, links };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

let loaded: Promise<Troubleshooter[]> | undefined;

/** Every troubleshooter, checked once per build: a broken one fails the build naming file and node. */
export function troubleshooters(): Promise<Troubleshooter[]> {
  loaded ??= loadAll();
  return loaded;
}

/** One troubleshooter by slug; a missing one is an author's mistake in a guide, so it fails the build. */
export async function troubleshooter(slug: string): Promise<Troubleshooter> {
  const found = (await troubleshooters()).find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`<Troubleshooter id="${slug}" />: there is no content/troubleshooters/${slug}.yaml`);
  return found;
}

/**
 * Troubleshooters as search reads them, one document each pointing at the first page: found by
 * their symptoms (weighted as headings, since a symptom is what a reader types), their questions
 * and the fixes they lead to, with what each fix says.
 */
export async function troubleshooterDocuments(): Promise<SearchDocument[]> {
  return (await troubleshooters()).map(({ slug, data }) => ({
    url: trailHref(slug, [data.start]),
    title: data.title,
    description: data.description,
    category: 'troubleshooting',
    tags: [],
    tagLabels: [],
    // An error code's own guides answer a search for the code first; troubleshooters come by symptom.
    codes: [],
    headings: data.symptoms,
    text: Object.values(data.nodes)
      .map((node) => (node.type === 'question' ? node.question : `${node.title}. ${node.text}`))
      .join(' '),
  }));
}

/** The troubleshooters with a fix in guide `slug`: a reader of that guide may want the walk-through. */
export async function troubleshootersLeadingTo(slug: string): Promise<Troubleshooter[]> {
  const prefix = `/guides/${slug}/`;
  return (await troubleshooters()).filter(({ links }) => Object.values(links).some((link) => link.href.startsWith(prefix)));
}
