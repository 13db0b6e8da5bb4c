import { getCollection, type CollectionEntry } from 'astro:content';
import { proseText } from '../lib/content/reading-time.ts';
import { tagLabel } from '../lib/content/tags.ts';
import { documentTexts, type SearchDocument } from '../lib/search/document.ts';
import type { PageSearchData } from '../lib/search/page-search.ts';
import { mostRecommended } from '../lib/search/popular.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';


const POPULAR_LIMIT = 5;

function toDocument(entry: CollectionEntry<'guides'>): SearchDocument {
  return {
    url: `/guides/${entry.id}/`,
    title: entry.data.title,
    description: entry.data.description,
    category: entry.data.category,
    tags: entry.data.tags,
    tagLabels: entry.data.tags.map(tagLabel),
    codes: entry.data.errorCodes,
    // Markdown emphasis and list markers are not words; underscores stay, error codes use them.
    text: proseText(entry.body ?? '')
      .replace(/[#*>|~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

async function load(): Promise<PageSearchData> {
  const entries = (await getCollection('guides', (entry) => !entry.data.draft)).sort(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
  );
  const documents = entries.map(toDocument);
  const popular = mostRecommended(
    entries.map((entry) => ({ slug: entry.id, related: entry.data.related, title: entry.data.title })),
    POPULAR_LIMIT,
  ).map(({ slug, title }) => ({ url: `/guides/${slug}/`, title }));
  return { documents, words: buildVocabulary(documents.flatMap(documentTexts)), popular };
}

let data: Promise<PageSearchData> | undefined;

/** Search data for the published guides, made once per build (or per `astro dev` process). */
export function searchData(): Promise<PageSearchData> {
  data ??= load();
  return data;
}

