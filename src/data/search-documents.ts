import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import rawSynonyms from '../../content/search-synonyms.json' with { type: 'json' };
import { CACHE_DIR, quickRebuildDir } from '../integrations/quick-rebuild/state.ts';
import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { parseContentFile } from '../lib/content/parse-content.ts';
import type { SearchDocument } from '../lib/search/document.ts';
import type { PageSearchData } from '../lib/search/page-search.ts';
import { buildSearchIndex } from '../lib/search/guide-document.ts';
import {
  analyzeDocument,
  restoreAnalysis,
  storeAnalysis,
  type AnalyzedDocument,
  type StoredAnalysis,
} from '../lib/search/search-index.ts';
import { searchSynonymsSchema } from '../schemas/search-synonym.ts';
import { englishWords } from './english-words.ts';
import { guideBodies, guideSummaries } from './guides.ts';
import { troubleshooterDocuments } from './troubleshooters.ts';

/**
 * Each document's analysis from the last build, by a digest of the document: a rebuild after one
 * edit analyses that guide's text only. Kept with the quick rebuild's files, which a full build
 * removes first, so an analysis made by older indexing code is never read back.
 */
const ANALYSIS_FILE = join(quickRebuildDir(CACHE_DIR), 'search-analysis.tsv');

/** Analyses documents, reusing the last build's analysis of a document that did not change. */
function analysisCache() {
  const kept = new Map<string, string>();
  try {
    for (const line of readFileSync(ANALYSIS_FILE, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) kept.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // No earlier build.
  }
  // One line of text per document rather than arrays: a tenth of the memory at ten thousand guides.
  const lines: string[] = [];
  return {
    analyze(document: SearchDocument): AnalyzedDocument {
      const key = createHash('sha1').update(JSON.stringify(document)).digest('base64url');
      const stored = kept.get(key);
      if (stored !== undefined) {
        lines.push(`${key}\t${stored}`);
        return restoreAnalysis(JSON.parse(stored) as StoredAnalysis);
      }
      const analysis = analyzeDocument(document);
      lines.push(`${key}\t${JSON.stringify(storeAnalysis(analysis))}`);
      return analysis;
    },
    save() {
      mkdirSync(dirname(ANALYSIS_FILE), { recursive: true });
      writeFileSync(ANALYSIS_FILE, lines.join('\n'));
    },
  };
}

async function load(): Promise<PageSearchData> {
  parseContentFile('content/search-synonyms.json', searchSynonymsSchema, rawSynonyms);
  const [bodies, guides] = await Promise.all([guideBodies(), guideSummaries()]);
  const primary = new Map(errorCodeRegistry.map((entry) => [entry.code, entry.guides[0]!]));
  const others = await troubleshooterDocuments();
  if (import.meta.env.DEV) return buildSearchIndex(guides, bodies, primary, englishWords(), others);
  const cache = analysisCache();
  const index = buildSearchIndex(guides, bodies, primary, englishWords(), others, (document) => cache.analyze(document));
  cache.save();
  return index;
}

let data: Promise<PageSearchData> | undefined;

/** The search index of the published guides, made once per build (or per `astro dev` process). */
export function searchData(): Promise<PageSearchData> {
  data ??= load();
  return data;
}
