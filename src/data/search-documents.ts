import { getCollection, type CollectionEntry } from 'astro:content';
import { proseText } from '../lib/content/reading-time.ts';
import { tagLabel } from '../lib/content/tags.ts';
import { documentTexts, type GuideLink, type SearchDocument } from '../lib/search/document.ts';
import { mostRecommended } from '../lib/search/popular.ts';
import type { SearchBackend } from '../lib/search/engine.ts';
import { textBackend } from '../lib/search/text-backend.ts';
import { createCorrector, type Corrector } from '../lib/search/typo.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** What search needs besides the index: documents for the page server, words, suggestions. */
export interface SearchData {
  documents: SearchDocument[];
  /** The site's words, most frequent first (see {@link buildVocabulary}). */
  vocabulary: string[];
  popular: GuideLink[];
}

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

async function load(): Promise<SearchData> {
  const entries = (await getCollection('guides', (entry) => !entry.data.draft)).sort(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title),
  );
  const documents = entries.map(toDocument);
  const popular = mostRecommended(
    entries.map((entry) => ({ slug: entry.id, related: entry.data.related, title: entry.data.title })),
    POPULAR_LIMIT,
  ).map(({ slug, title }) => ({ url: `/guides/${slug}/`, title }));
  return { documents, vocabulary: buildVocabulary(documents.flatMap(documentTexts)), popular };
}

let data: Promise<SearchData> | undefined;

/** Search data for the published guides, made once per process (the build, or the page server). */
export function searchData(): Promise<SearchData> {
  data ??= load();
  return data;
}

let pageSearch: Promise<{ backend: SearchBackend; corrector: Corrector; popular: GuideLink[] }> | undefined;

/** The page server's search: its index and corrector are built on first use and kept. */
export function pageServerSearch(): Promise<{ backend: SearchBackend; corrector: Corrector; popular: GuideLink[] }> {
  pageSearch ??= searchData().then(({ documents, vocabulary, popular }) => ({
    backend: textBackend(documents),
    corrector: createCorrector(vocabulary),
    popular,
  }));
  return pageSearch;
}
