import { proseText } from '../content/reading-time.ts';
import { tagLabel } from '../content/tags.ts';
import type { SearchDocument } from './document.ts';
import { mostRecommended, type Referencing } from './popular.ts';
import { analyzeDocument, buildPostings, codeGuides, type AnalyzedDocument, type SearchIndex } from './search-index.ts';
import { rankVocabulary } from './vocabulary.ts';

/** What search needs of a guide's frontmatter. */
export interface GuideForSearch extends Referencing {
  title: string;
  description: string;
  category: string;
  tags: readonly string[];
  errorCodes: readonly string[];
}

/** Guides suggested when a search finds nothing. */
const POPULAR_LIMIT = 5;
const HEADING = /^#{2,6}\s+(.+)$/gm;

/** A guide's URL from its slug. */
export const guideUrl = (slug: string): string => `/guides/${slug}/`;

/** A guide as search indexes it, from its frontmatter and MDX body. */
export function guideDocument(guide: GuideForSearch, body: string): SearchDocument {
  return {
    url: guideUrl(guide.slug),
    title: guide.title,
    description: guide.description,
    category: guide.category,
    tags: guide.tags,
    tagLabels: guide.tags.map(tagLabel),
    codes: guide.errorCodes,
    headings: [...body.matchAll(HEADING)].map((match) => match[1]!.replace(/[#*`]+/g, '').trim()),
    // Markdown emphasis and list markers are not words; underscores stay, error codes use them.
    text: proseText(body)
      .replace(/[#*>|~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/**
 * The whole search index of `guides` (newest first) with their MDX `bodies` by slug, then the
 * `others` (pages that are not guides, such as troubleshooters). `primaryGuide` gives each error
 * code's first guide in the registry; `englishWords` is an English word list, of which the words
 * the site does not use are kept. `analyze` may hand back a document's analysis kept from an earlier
 * build.
 */
export function buildSearchIndex(
  guides: readonly GuideForSearch[],
  bodies: ReadonlyMap<string, string>,
  primaryGuide: ReadonlyMap<string, string>,
  englishWords: Iterable<string>,
  others: readonly SearchDocument[] = [],
  analyze: (document: SearchDocument) => AnalyzedDocument = analyzeDocument,
): SearchIndex {
  const documents = [...guides.map((guide) => guideDocument(guide, bodies.get(guide.slug) ?? '')), ...others];
  const analyzed = documents.map(analyze);
  const words = rankVocabulary(analyzed.map((document) => document.words));
  const siteWords = new Set(words);
  const english = new Set<string>();
  for (const word of englishWords) {
    const lower = word.toLowerCase();
    if (lower.length >= 3 && /^[a-z']+$/.test(lower) && !siteWords.has(lower)) english.add(lower);
  }
  return {
    documents,
    postings: buildPostings(documents, analyzed),
    codes: codeGuides(documents, new Map([...primaryGuide].map(([code, slug]) => [code, guideUrl(slug)]))),
    words,
    english: [...english].sort(),
    popular: mostRecommended(guides, POPULAR_LIMIT).map(({ slug, title }) => ({ url: guideUrl(slug), title })),
  };
}
