import rawSynonyms from '../../content/search-synonyms.json' with { type: 'json' };
import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { parseContentFile } from '../lib/content/parse-content.ts';
import type { PageSearchData } from '../lib/search/page-search.ts';
import { buildSearchIndex } from '../lib/search/guide-document.ts';
import { searchSynonymsSchema } from '../schemas/search-synonym.ts';
import { englishWords } from './english-words.ts';
import { guideEntries, guideSummaries } from './guides.ts';
import { troubleshooterDocuments } from './troubleshooters.ts';

async function load(): Promise<PageSearchData> {
  parseContentFile('content/search-synonyms.json', searchSynonymsSchema, rawSynonyms);
  const [entries, guides] = await Promise.all([guideEntries(), guideSummaries()]);
  const bodies = new Map(entries.map((entry) => [entry.id, entry.body ?? '']));
  const primary = new Map(errorCodeRegistry.map((entry) => [entry.code, entry.guides[0]!]));
  return buildSearchIndex(guides, bodies, primary, englishWords(), await troubleshooterDocuments());
}

let data: Promise<PageSearchData> | undefined;

/** The search index of the published guides, made once per build (or per `astro dev` process). */
export function searchData(): Promise<PageSearchData> {
  data ??= load();
  return data;
}
