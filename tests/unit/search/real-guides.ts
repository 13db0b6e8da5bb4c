import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { englishWords } from '../../../src/data/english-words.ts';
import { errorCodeRegistry } from '../../../src/lib/content/error-codes.ts';
import { buildSearchIndex, type GuideForSearch } from '../../../src/lib/search/guide-document.ts';
import type { SearchIndex } from '../../../src/lib/search/search-index.ts';

const GUIDES = 'content/guides';

/** The search index the build makes of the real guides, made here from their files without Astro. */
export function realGuideIndex(): SearchIndex {
  const bodies = new Map<string, string>();
  const guides: (GuideForSearch & { updated: string })[] = [];
  for (const file of readdirSync(GUIDES).filter((name) => name.endsWith('.md'))) {
    const source = readFileSync(join(GUIDES, file), 'utf8');
    const end = source.indexOf('\n---', 3);
    const front = parse(source.slice(3, end)) as Record<string, unknown>;
    if (front['draft'] === true) continue;
    const slug = file.replace(/\.md$/, '');
    bodies.set(slug, source.slice(end + 4));
    guides.push({
      slug,
      title: String(front['title']),
      description: String(front['description']),
      category: String(front['category']),
      tags: (front['tags'] as unknown[]).map(String),
      errorCodes: ((front['errorCodes'] as string[] | undefined) ?? []).map(String),
      related: (front['related'] as string[] | undefined) ?? [],
      updated: String(front['updated']),
    });
  }
  guides.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const primary = new Map(errorCodeRegistry.map((entry) => [entry.code, entry.guides[0]!]));
  return buildSearchIndex(guides, bodies, primary, englishWords());
}
