import type { GuideSummary } from '../lib/content/guide-index.ts';
import { proseText } from '../lib/content/reading-time.ts';
import { tagLabel } from '../lib/content/tags.ts';
import { documentTexts, type SearchDocument } from '../lib/search/document.ts';
import type { PageSearchData } from '../lib/search/page-search.ts';
import { mostRecommended } from '../lib/search/popular.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';
import { guideEntries, guideSummaries } from './guides.ts';
import { troubleshooterDocuments } from './troubleshooters.ts';

const POPULAR_LIMIT = 5;
const guideUrl = (slug: string) => `/guides/${slug}/`;

function toDocument(guide: GuideSummary, body: string): SearchDocument {
  return {
    url: guideUrl(guide.slug),
    title: guide.title,
    description: guide.description,
    category: guide.category,
    tags: guide.tags,
    tagLabels: guide.tags.map(tagLabel),
    codes: guide.errorCodes,
    // Markdown emphasis and list markers are not words; underscores stay, error codes use them.
    text: proseText(body)
      .replace(/[#*>|~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

async function load(): Promise<PageSearchData> {
  const [entries, guides] = await Promise.all([guideEntries(), guideSummaries()]);
  const bodies = new Map(entries.map((entry) => [entry.id, entry.body ?? '']));
  const documents = [
    ...guides.map((guide) => toDocument(guide, bodies.get(guide.slug) ?? '')),
    ...(await troubleshooterDocuments()),
  ];
  const popular = mostRecommended(guides, POPULAR_LIMIT).map(({ slug, title }) => ({ url: guideUrl(slug), title }));
  return { documents, words: buildVocabulary(documents.flatMap(documentTexts)), popular };
}

let data: Promise<PageSearchData> | undefined;

/** Search data for the published guides, made once per build (or per `astro dev` process). */
export function searchData(): Promise<PageSearchData> {
  data ??= load();
  return data;
}

