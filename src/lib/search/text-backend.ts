import type { SearchDocument } from './document.ts';
import type { BackendResult, SearchBackend, SearchFilters, SearchHit } from './engine.ts';
import type { ExcerptPart } from './excerpt.ts';
import { queryWords } from './query.ts';

/** Field weights, in the same order of importance as the Pagefind index (codes, title, the rest). */
const WEIGHTS = { codes: 10, title: 7, description: 3, tags: 3, text: 1 } as const;
type Field = keyof typeof WEIGHTS;
/** Repeats of a word beyond this add nothing: a long guide saying "key" 40 times is not 40× better. */
const SATURATION = 3;
/** Words of excerpt shown around the first match. */
const EXCERPT_WORDS = 30;

interface Indexed {
  document: SearchDocument;
  fields: Record<Field, string[]>;
}

function index(document: SearchDocument): Indexed {
  return {
    document,
    fields: {
      codes: document.codes.flatMap((code) => [code.toLowerCase(), ...queryWords(code.replaceAll('_', ' '))]),
      title: queryWords(document.title),
      description: queryWords(document.description),
      tags: document.tagLabels.flatMap((label) => queryWords(label)),
      text: queryWords(document.text),
    },
  };
}

/** A word matches a query word it equals or, for query words of three letters or more, starts with. */
function matches(word: string, queryWord: string): boolean {
  return word === queryWord || (queryWord.length >= 3 && word.startsWith(queryWord));
}

function score(indexed: Indexed, words: readonly string[]): number {
  let total = 0;
  for (const queryWord of words) {
    let best = 0;
    for (const field of Object.keys(WEIGHTS) as Field[]) {
      let count = 0;
      for (const word of indexed.fields[field]) if (matches(word, queryWord) && ++count >= SATURATION) break;
      best = Math.max(best, WEIGHTS[field] * count);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

function passes(document: SearchDocument, filters: SearchFilters): boolean {
  return (
    (filters.category === undefined || document.category === filters.category) &&
    filters.tags.every((tag) => document.tags.includes(tag))
  );
}

/** Up to {@link EXCERPT_WORDS} words of the guide's text from just before its first match, marked. */
export function textExcerpt(text: string, words: readonly string[]): ExcerptPart[] {
  const tokens = text.split(/(\s+)/);
  const isMatch = (token: string) => queryWords(token).some((w) => words.some((q) => matches(w, q)));
  const firstWord = tokens.findIndex((token, i) => i % 2 === 0 && isMatch(token));
  const start = Math.max(0, (firstWord === -1 ? 0 : firstWord) - 10);
  const parts: ExcerptPart[] = [];
  for (const [offset, token] of tokens.slice(start, start + EXCERPT_WORDS * 2).entries()) {
    const marked = (start + offset) % 2 === 0 && words.length > 0 && isMatch(token);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += token;
    else parts.push({ text: token, marked });
  }
  return parts;
}

function hit(document: SearchDocument, words: readonly string[]): SearchHit {
  const excerpt = textExcerpt(document.text, words);
  return {
    url: document.url,
    title: document.title,
    category: document.category,
    tags: document.tags,
    codes: document.codes,
    excerpt:
      excerpt.some((part) => part.marked) || words.length === 0
        ? excerpt
        : [{ text: document.description, marked: false }],
  };
}

/**
 * A {@link SearchBackend} over guides held in memory: the page server's search for readers without
 * JavaScript. Every query word must match a word of the guide (whole, or its start); codes weigh
 * most, then the title, then description and tags, then the body.
 */
export function textBackend(documents: readonly SearchDocument[]): SearchBackend {
  const indexed = documents.map(index);
  return {
    async search(query, filters): Promise<BackendResult> {
      const words = queryWords(query);
      const scored = indexed
        .map((entry) => ({ entry, score: words.length === 0 ? 1 : score(entry, words) }))
        .filter(({ score }) => score > 0);
      const ranked = scored
        .filter(({ entry }) => passes(entry.document, filters))
        .sort((a, b) => b.score - a.score || a.entry.document.title.localeCompare(b.entry.document.title));
      return {
        total: ranked.length,
        load: async (limit) => ranked.slice(0, limit).map(({ entry }) => hit(entry.document, words)),
      };
    },
  };
}
